package org.unspin.score.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

import org.unspin.score.Metric;

/**
 * Rounding and formatting shared by the reports: percentages to 2 decimals, fractions to 4, an
 * undefined value as {@value Metric#UNDEFINED}, a change that cannot be computed as nothing.
 */
final class Numbers {

    private Numbers() {
    }

    static double percent(double value) {
        return round(value, 2);
    }

    static double fraction(double value) {
        return round(value, 4);
    }

    /** The value as a table shows it: "42.48", "0.9530", or "n/a" where it is undefined. */
    static String format(Metric metric, OptionalDouble value) {
        if (value.isEmpty()) {
            return Metric.UNDEFINED;
        }
        return metric.isPercent()
                ? String.format(Locale.ROOT, "%.2f", value.getAsDouble())
                : String.format(Locale.ROOT, "%.4f", value.getAsDouble());
    }

    /** A relative improvement as "+97.2 %", or "" where either value is undefined. */
    static String change(OptionalDouble improvement) {
        return improvement.isEmpty() ? "" : String.format(Locale.ROOT, "%+.1f %%", 100 * improvement.getAsDouble());
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
