package org.safeledger.org;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A licence an enterprise holds, e.g. 安全生产许可证 or 采矿许可证, with its number and expiry. */
public record Licence(String kind, String number, @Nullable LocalDate validUntil) {}
