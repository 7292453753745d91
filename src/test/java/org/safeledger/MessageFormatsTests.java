package org.safeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A message with arguments is formatted by {@link MessageFormat}, where a lone apostrophe starts a quoted stretch:
 * "{1}'s item {0}" would print its own placeholder instead of the item. Every argument a message names must come
 * out substituted.
 */
class MessageFormatsTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)[^}]*}");

    @Test
    void everyPlaceholderOfEveryMessageIsSubstitutedWhenFormatted() throws IOException {
        var broken = new ArrayList<String>();
        for (var name : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            var bundle = TemplateMessagesTests.bundle(name);
            for (var key : bundle.stringPropertyNames()) {
                var text = bundle.getProperty(key);
                var found = PLACEHOLDER.matcher(text);
                var args = new Object[10];
                for (int i = 0; i < args.length; i++) {
                    args[i] = "ARG" + i;
                }
                var wanted = new ArrayList<String>();
                while (found.find()) {
                    wanted.add("ARG" + found.group(1));
                }
                if (wanted.isEmpty()) {
                    continue;
                }
                String formatted;
                try {
                    formatted = new MessageFormat(text).format(args);
                } catch (IllegalArgumentException e) {
                    broken.add(name + " " + key + ": " + e.getMessage());
                    continue;
                }
                for (var w : wanted) {
                    if (!formatted.contains(w)) {
                        broken.add(name + " " + key + " loses " + w + ": " + formatted);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }
}
