package org.safeledger.enforcement;

import org.jspecify.annotations.Nullable;

/**
 * An enforcement officer as a document names them: the user, their name, and their enforcement certificate's number
 * (执法证号) as recorded when the document was issued; without a recorded certificate the number is blank, and the
 * printed document leaves its line to be completed by hand.
 */
public record Officer(long userId, String name, @Nullable String certificateNo) {}
