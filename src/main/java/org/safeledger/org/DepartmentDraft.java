package org.safeledger.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Sector;

/** A new department; without {@code sectors} it takes its kind's default remit. */
public record DepartmentDraft(
        @NotBlank @Pattern(regexp = "\\d{6}", message = "{error.regionCode.format}")
        String regionCode,

        @NotNull DepartmentKind kind,
        @NotBlank @Size(max = 100) String name,
        @Nullable List<@NotBlank String> sectors) {

    Set<Sector> sectorSet() {
        if (sectors == null || sectors.isEmpty()) {
            return kind.defaultSectors();
        }
        var result = EnumSet.noneOf(Sector.class);
        for (var code : sectors) {
            result.add(Sector.fromCode(code)
                    .orElseThrow(() -> new InvalidInputException("sectors", "error.sector.unknown", code)));
        }
        return result;
    }
}
