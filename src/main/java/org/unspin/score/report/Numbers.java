package org.unspin.score.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding shared by the reports: percentages to 2 decimals, fractions to 4. */
final class Numbers {

    private Numbers() {
    }

    static double percent(double value) {
        return round(value, 2);
    }

    static double fraction(double value) {
        return round(value, 4);
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
