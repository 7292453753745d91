package org.safeledger.responsibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.RegionLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The duty list, configuration data ({@code safeledger.responsibility.duties}, a JSON resource; by default the
 * frequencies of the domain pack, each marked with the province whose list it comes from). Read once at start; a
 * bad entry stops the start naming it.
 */
@Component
class DutyCatalogue {

    private final List<Duty> duties;

    DutyCatalogue(
            ResourceLoader resources,
            @Value("${safeledger.responsibility.duties:classpath:duties/default-duties.json}") String location) {
        try (var in = resources.getResource(location).getInputStream()) {
            List<Entry> entries = JsonMapper.builder().build().readValue(in, new TypeReference<List<Entry>>() {});
            this.duties = entries.stream().map(Entry::duty).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the duty list " + location + " cannot be read", e);
        }
        if (duties.stream().map(Duty::code).distinct().count() != duties.size()) {
            throw new IllegalStateException("the duty list " + location + " repeats a code");
        }
    }

    /** The duties on the region's list: those of its level, of every region or of its part of the country. */
    List<Duty> of(org.safeledger.org.Region region) {
        return duties.stream().filter(d -> d.appliesTo(region)).toList();
    }

    java.util.Optional<Duty> find(String code) {
        return duties.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** One entry as the file spells it. */
    record Entry(
            String code,
            @Nullable String level,
            String role,
            String every,
            String evidence,
            @Nullable String meetingKind,
            String province,
            String source,
            @Nullable List<String> regions) {

        Duty duty() {
            return new Duty(
                    code,
                    level == null ? null : RegionLevel.valueOf(level),
                    MatrixRole.valueOf(role),
                    Period.parse(every),
                    DutyEvidenceKind.valueOf(evidence),
                    meetingKind,
                    province,
                    source,
                    regions == null ? List.of() : regions);
        }
    }
}
