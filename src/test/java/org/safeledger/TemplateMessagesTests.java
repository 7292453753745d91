package org.safeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page text comes from the message bundles: templates hold no language of their own, every key they name
 * exists, and the Chinese and English bundles have the same keys.
 */
class TemplateMessagesTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    /** Text between tags; a tag whose text is replaced by th:text/th:utext/th:replace is left out below. */
    static final Pattern TAG_TEXT = Pattern.compile("<([a-zA-Z0-9]+)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]+)");
    /** Letters of any script: punctuation, digits and symbols between tags are not language. */
    static final Pattern LETTERS = Pattern.compile("\\p{L}");

    static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(
                Files.newInputStream(Path.of("src/main/resources", name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        var zh = new TreeSet<>(bundle("messages_zh_CN.properties").stringPropertyNames());
        var en = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());

        assertThat(zh).isEqualTo(en);
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = bundle("messages_zh_CN.properties").stringPropertyNames();
        var missing = new ArrayList<String>();
        for (var template : templates()) {
            var matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        var hardCoded = new ArrayList<String>();
        for (var template : templates()) {
            var html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            var matcher = TAG_TEXT.matcher(html);
            while (matcher.find()) {
                var tag = matcher.group(1);
                var attributes = matcher.group(2);
                var text = matcher.group(3).strip();
                boolean replaced = attributes.contains("th:text")
                        || attributes.contains("th:utext")
                        || attributes.contains("th:replace")
                        || attributes.contains("th:errors");
                boolean code = tag.equals("script") || tag.equals("style") || tag.equals("code");
                if (!replaced && !code && LETTERS.matcher(text).find()) {
                    hardCoded.add(TEMPLATES.relativize(template) + ": " + text);
                }
            }
            var attributeText = Pattern.compile("\\s(placeholder|title|alt|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"")
                    .matcher(html);
            while (attributeText.find()) {
                hardCoded.add(
                        TEMPLATES.relativize(template) + ": " + attributeText.group(1) + "=" + attributeText.group(2));
            }
        }
        assertThat(hardCoded).isEmpty();
    }
}
