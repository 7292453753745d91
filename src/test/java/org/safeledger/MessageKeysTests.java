package org.safeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeledger.org.DepartmentKind;
import org.safeledger.org.MineType;
import org.safeledger.org.PostKind;
import org.safeledger.org.RegionLevel;
import org.safeledger.org.UnifiedSocialCreditCode;
import org.safeledger.shared.Role;
import org.safeledger.shared.Sector;

/**
 * The message keys built at run time exist too: one per code of every code list, one per credit-code problem,
 * and every {@code "error.…"} or flash-notice key written as a literal in Java or as a
 * {@code {key}} Bean Validation template.
 */
class MessageKeysTests {

    static final Pattern JAVA_KEY = Pattern.compile("\"((?:error|problem)\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");
    static final Pattern NOTICE = Pattern.compile("addFlashAttribute\\(\"notice\", \"([^\"]+)\"\\)");
    static final Pattern VALIDATION_TEMPLATE = Pattern.compile("\"\\{([a-zA-Z0-9_.]+)}\"");

    @Test
    void everyCodeOfEveryCodeListHasANameInBothLanguages() throws IOException {
        var missing = new ArrayList<String>();
        for (var bundle : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Set<String> keys = TemplateMessagesTests.bundle(bundle).stringPropertyNames();
            Stream.of(
                            keys("sector", Sector.values()),
                            keys("role", Role.values()),
                            keys("departmentKind", DepartmentKind.values()),
                            keys("postKind", PostKind.values()),
                            keys("mineType", MineType.values()),
                            keys("regionLevel", RegionLevel.values()),
                            keys("error.creditCode", UnifiedSocialCreditCode.Problem.values()))
                    .flatMap(List::stream)
                    .filter(key -> !keys.contains(key))
                    .forEach(key -> missing.add(bundle + ": " + key));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyWrittenInJavaExists() throws IOException {
        Set<String> keys =
                TemplateMessagesTests.bundle("messages_zh_CN.properties").stringPropertyNames();
        var missing = new ArrayList<String>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                for (var pattern : List.of(JAVA_KEY, NOTICE, VALIDATION_TEMPLATE)) {
                    var matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        var key = matcher.group(1);
                        if (!keys.contains(key) && !key.startsWith("jakarta.")) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<String> keys(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> prefix + "." + v.name()).toList();
    }
}
