package org.safeledger.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checklists a campaign's enterprises run, one per sector and kind of campaign: versioned configuration data
 * ({@code safeledger.campaign.checklists}, a JSON resource; by default the clauses of the determination standards
 * loaded in the catalogue and, where no standard is loaded, key items marked unconfirmed with their source). A
 * province loads its own list under its own version. Read once at start; a bad file stops the start naming it.
 */
@Component
public class SectorChecklists {

    /** Marks an item the deployment's source has not confirmed, before its text. */
    static final String UNCONFIRMED = "【待核实】";

    private final File file;

    SectorChecklists(
            ResourceLoader resources,
            @Value("${safeledger.campaign.checklists:classpath:campaign/default-checklists.json}") String location) {
        try (var in = resources.getResource(location).getInputStream()) {
            this.file = JsonMapper.builder().build().readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the campaign checklists " + location + " cannot be read", e);
        }
        for (var c : file.checklists()) {
            if (c.sector() != null && Sector.fromCode(c.sector()).isEmpty()) {
                throw new IllegalStateException(
                        "the campaign checklists " + location + " name no sector " + c.sector());
            }
            c.kinds().forEach(CampaignKind::valueOf);
        }
    }

    /** The file as it is spelled. */
    record File(String version, String source, List<Checklist> checklists) {}

    /** One checklist: for a sector (every sector when none) and kinds of campaign, clauses and key items. */
    public record Checklist(
            @Nullable String sector,
            List<String> kinds,
            String name,
            @Nullable String standardCode,
            @Nullable String clauseNumbers,
            List<Item> items) {

        /** The key items as a checklist shows them, an unconfirmed one marked, its source named. */
        public List<String> itemTexts() {
            return items.stream()
                    .map(i -> (i.unconfirmed() ? UNCONFIRMED : "") + i.text() + "（" + i.source() + "）")
                    .toList();
        }
    }

    /** A key item with where it comes from. */
    public record Item(String text, String source, boolean unconfirmed) {}

    public String version() {
        return file.version();
    }

    /**
     * The checklist of a sector for a kind of campaign: the sector's own for that kind, else the kind's list for
     * every sector, else the sector's special-rectification list; empty when none of these is loaded.
     */
    public Optional<Checklist> of(Sector sector, CampaignKind kind) {
        return find(sector.name(), kind)
                .or(() -> find(null, kind))
                .or(() -> find(sector.name(), CampaignKind.SPECIAL_RECTIFICATION));
    }

    private Optional<Checklist> find(@Nullable String sector, CampaignKind kind) {
        return file.checklists().stream()
                .filter(c -> java.util.Objects.equals(c.sector(), sector)
                        && c.kinds().contains(kind.name()))
                .findFirst();
    }
}
