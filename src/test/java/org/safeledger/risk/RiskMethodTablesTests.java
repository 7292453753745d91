package org.safeledger.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeledger.risk.RiskMethodFile.Band;
import org.safeledger.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped method tables (the repository's data files): every product of table values maps to exactly one
 * band, band edges follow the configured inclusivity (the pack's default: lower bound inclusive, LEC's D = 320 is
 * 较大), and a value outside a table is refused naming the factor.
 */
class RiskMethodTablesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RiskMethodVersion shipped(String file) {
        try (var in = RiskMethodTablesTests.class.getResourceAsStream("/risk-methods/" + file)) {
            var f = JSON.readValue(in, RiskMethodFile.class);
            return new RiskMethodVersion(
                    1,
                    f.method(),
                    f.versionKey(),
                    f.title(),
                    f.titleEn(),
                    f.issuer(),
                    f.source(),
                    f.formula(),
                    f.effectiveFrom(),
                    null,
                    f.warning(),
                    f.factors(),
                    f.bands(),
                    Instant.EPOCH);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lec-classic.json", "ls-coal-template.json", "mes.json"})
    void everyProductOfTableValuesMapsToExactlyOneBand(String file) {
        var method = shipped(file);
        assertThat(RiskMethodVersion.problems(method.factors(), method.bands())).isEmpty();
        for (var product : RiskMethodVersion.products(method.factors())) {
            assertThat(method.bands().stream().filter(b -> b.holds(product)).count())
                    .as(file + " " + product)
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @CsvSource({
        // L, E, C -> D, band, level, colour (products on and around the band edges 20 and 70)
        "10, 1, 7, 70, 3, GENERAL, YELLOW", // D = 70: lower bound of 70–160, inclusive
        "1, 10, 7, 70, 3, GENERAL, YELLOW",
        "10, 2, 1, 20, 4, LOW, BLUE", // D = 20: lower bound of 20–70
        "3, 6, 1, 18, 5, LOW, BLUE",
        "6, 3, 3, 54, 4, LOW, BLUE",
        "3, 6, 7, 126, 3, GENERAL, YELLOW",
        "10, 6, 3, 180, 2, LARGER, ORANGE",
        "6, 6, 7, 252, 2, LARGER, ORANGE",
        "3, 3, 40, 360, 1, MAJOR, RED",
        "10, 10, 100, 10000, 1, MAJOR, RED",
        "0.1, 0.5, 1, 0.05, 5, LOW, BLUE",
    })
    void lecGradesByItsBands(String l, String e, String c, String d, String band, RiskLevel level, RiskColour colour) {
        var result = shipped("lec-classic.json").evaluate(Map.of("l", l, "e", e, "c", c));
        assertThat(result.score()).isEqualByComparingTo(d);
        assertThat(result.band()).isEqualTo(band);
        assertThat(result.level()).isEqualTo(level);
        assertThat(result.colour()).isEqualTo(colour);
    }

    @Test
    void lecBandEdgesThatNoProductReachesStillFollowTheConfiguredInclusivity() {
        var bands = shipped("lec-classic.json").bands();
        assertThat(holding(bands, "320")).isEqualTo("2"); // the pack: D = 320 → 较大
        assertThat(holding(bands, "320.01")).isEqualTo("1");
        assertThat(holding(bands, "160")).isEqualTo("2"); // lower bound inclusive
        assertThat(holding(bands, "159.99")).isEqualTo("3");
        assertThat(holding(bands, "69.99")).isEqualTo("4");
        assertThat(holding(bands, "19.99")).isEqualTo("5");
    }

    @ParameterizedTest
    @CsvSource({
        "5, 5, 25, MAJOR", "4, 5, 20, MAJOR", "4, 4, 16, LARGER", "3, 5, 15, LARGER", "3, 3, 9, LARGER",
        "2, 4, 8, GENERAL", "2, 3, 6, GENERAL", "2, 2, 4, GENERAL", "1, 3, 3, LOW", "1, 1, 1, LOW",
        "1, 2, 2, LOW", "1, 5, 5, GENERAL", "2, 5, 10, LARGER", "3, 4, 12, LARGER",
    })
    void lsGradesEveryOneOfItsProducts(int l, int s, int r, RiskLevel level) {
        var result = shipped("ls-coal-template.json").evaluate(Map.of("l", l, "s", s));
        assertThat(result.score()).isEqualByComparingTo(BigDecimal.valueOf(r));
        assertThat(result.level()).isEqualTo(level);
        assertThat(result.band()).isEqualTo(level.name());
    }

    @Test
    void aValueOutsideTheTableIsRefusedNamingTheFactor() {
        var lec = shipped("lec-classic.json");
        assertThatThrownBy(() -> lec.evaluate(Map.of("l", 4, "e", 6, "c", 15)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(x -> ((InvalidInputException) x).field())
                .isEqualTo("l");
        assertThatThrownBy(() -> lec.evaluate(Map.of("l", 3, "e", 6)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(x -> ((InvalidInputException) x).field())
                .isEqualTo("c");
        assertThatThrownBy(() -> lec.evaluate(Map.of("l", 3, "e", "six", "c", 15)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(x -> ((InvalidInputException) x).field())
                .isEqualTo("e");
        // 0.50 is the table's 0.5: values compare by number, not by text
        assertThat(lec.evaluate(Map.of("l", "0.50", "e", 6, "c", 15)).score()).isEqualByComparingTo("45");
    }

    @Test
    void tablesWithAGapOrAnOverlapAreRejected() {
        var ls = shipped("ls-coal-template.json");
        var gap = List.of(ls.bands().get(0), ls.bands().get(1), ls.bands().get(3)); // no band for 4..8
        assertThat(RiskMethodVersion.problems(ls.factors(), gap))
                .anySatisfy(p -> assertThat(p).contains("score 4 falls in 0 bands"));
        var overlap = new java.util.ArrayList<>(ls.bands());
        overlap.add(new Band("X", "x", null, new BigDecimal("1"), true, new BigDecimal("25"), true, RiskLevel.LOW));
        assertThat(RiskMethodVersion.problems(ls.factors(), overlap))
                .anySatisfy(p -> assertThat(p).contains("falls in 2 bands"));
    }

    private static String holding(List<Band> bands, String score) {
        var value = new BigDecimal(score);
        var holding = bands.stream().filter(b -> b.holds(value)).toList();
        assertThat(holding).as(score).hasSize(1);
        return holding.get(0).code();
    }
}
