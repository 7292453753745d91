package org.safeledger.org;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Sector;

/**
 * What a registration or an edit of an enterprise says. Bean Validation checks the shape; {@link #sectorSet()}
 * and {@link #normalisedCreditCode()} check the codes, naming the field on failure. {@code sector} (one code,
 * the api.md contract) and {@code sectors} (several) may both be given; they are merged.
 */
public record EnterpriseDraft(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @CreditCode String creditCode,

        @NotBlank @Pattern(regexp = "\\d{6}", message = "{error.regionCode.format}")
        String regionCode,

        @Nullable String sector,
        @Nullable List<@NotBlank String> sectors,
        @NotBlank @Size(max = 300) String address,
        @Nullable @DecimalMin("73.0") @DecimalMax("136.0") BigDecimal longitude,
        @Nullable @DecimalMin("3.0") @DecimalMax("54.0") BigDecimal latitude,
        @Nullable MineType mineType,
        @Nullable @Size(max = 50) String principalName,

        @Nullable @Pattern(regexp = "^$|[0-9+\\- ]{5,20}", message = "{error.phone.format}")
        String principalPhone,

        @Nullable @Size(max = 50) String safetyManagerName,

        @Nullable @Pattern(regexp = "^$|[0-9+\\- ]{5,20}", message = "{error.phone.format}")
        String safetyManagerPhone,

        @Nullable List<@Valid @jakarta.validation.constraints.NotNull LicenceDraft> licences) {

    /** A licence line of the draft. */
    public record LicenceDraft(
            @NotBlank @Size(max = 100) String kind,
            @NotBlank @Size(max = 100) String number,
            @Nullable LocalDate validUntil) {}

    Set<Sector> sectorSet() {
        var codes = new LinkedHashSet<String>();
        if (sector != null && !sector.isBlank()) {
            codes.add(sector.strip());
        }
        if (sectors != null) {
            sectors.stream()
                    .filter(s -> s != null && !s.isBlank())
                    .map(String::strip)
                    .forEach(codes::add);
        }
        if (codes.isEmpty()) {
            throw new InvalidInputException("sector", "error.sector.required");
        }
        var result = new LinkedHashSet<Sector>();
        for (var code : codes) {
            result.add(Sector.fromCode(code)
                    .orElseThrow(() -> new InvalidInputException("sector", "error.sector.unknown", code)));
        }
        return result;
    }

    String normalisedCreditCode() {
        var code = creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        UnifiedSocialCreditCode.problem(code).ifPresent(problem -> {
            throw new InvalidInputException("creditCode", "error.creditCode." + problem.name(), code);
        });
        return code;
    }

    void requireCoordinatesTogether() {
        if ((longitude == null) != (latitude == null)) {
            throw new InvalidInputException(longitude == null ? "longitude" : "latitude", "error.coordinates.pair");
        }
    }

    List<Licence> licenceList() {
        return licences == null
                ? List.of()
                : licences.stream()
                        .map(l -> new Licence(l.kind().strip(), l.number().strip(), l.validUntil()))
                        .toList();
    }
}
