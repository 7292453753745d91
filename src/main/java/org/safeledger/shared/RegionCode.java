package org.safeledger.shared;

import java.util.regex.Pattern;

/**
 * A GB/T 2260 six-digit administrative division code. Its subtree is the set of codes sharing its significant
 * prefix: two digits for a province ({@code 150000}), four for a prefecture ({@code 152900}), six for a county
 * ({@code 152921}); {@code 000000} stands for the whole country.
 */
public record RegionCode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    public static final RegionCode COUNTRY = new RegionCode("000000");

    public RegionCode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new InvalidInputException("regionCode", "error.regionCode.format");
        }
    }

    /** The prefix shared by every code in this region's subtree; empty for the whole country. */
    public String subtreePrefix() {
        if (value.equals(COUNTRY.value)) {
            return "";
        }
        if (value.endsWith("0000")) {
            return value.substring(0, 2);
        }
        if (value.endsWith("00")) {
            return value.substring(0, 4);
        }
        return value;
    }

    /** This region and the regions above it, nearest first (county, prefecture, province); never the country. */
    public java.util.List<RegionCode> lineage() {
        var prefix = subtreePrefix();
        var codes = new java.util.ArrayList<RegionCode>();
        for (int length = prefix.length(); length >= 2; length -= 2) {
            codes.add(new RegionCode((prefix.substring(0, length) + "0000").substring(0, 6)));
        }
        return codes;
    }

    public boolean contains(RegionCode other) {
        return other.value.startsWith(subtreePrefix());
    }

    @Override
    public String toString() {
        return value;
    }
}
