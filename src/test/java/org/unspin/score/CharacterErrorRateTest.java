package org.unspin.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reference values from jiwer (github.com/jitsi/jiwer): tests/test_cer.py (test_input_gt_string_h_string,
 * test_known_values) and tests/test_empty_ref.py (test_cer_empty_ref). jiwer keeps case, as
 * {@code lowercase = false} does here.
 */
class CharacterErrorRateTest {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\" = {2}")
    @CsvSource(delimiter = '|', value = {
            "This is a test|This is a test|0",
            "This is a test|''|1",
            "This is a test|This test|0.3571428571", // 5 / 14
            "X|X|0",
            "X|X X Y Y|6",
            "X Y X|X Z|0.6",
            "X|Y|1",
            "X|Y Z|3",
            "''|''|0",
            "''|a|1",
            "''|abd|3",
            "a|''|1",
            "abc|''|1",
    })
    void reproducesJiwer(String original, String candidate, double expectedCer) {
        assertEquals(expectedCer, CharacterErrorRate.of(original, candidate, false).fraction(), 1e-9);
    }

    @Test
    void ignoresLineLayoutAndByDefaultCase() {
        assertEquals(0.0, CharacterErrorRate.of("New\nYork\nCity.", "new york city.").fraction());
        assertEquals(2.0 / 13, CharacterErrorRate.of("New York City", "new york City", false).fraction(), 1e-12);
    }
}
