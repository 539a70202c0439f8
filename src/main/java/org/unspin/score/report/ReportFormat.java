package org.unspin.score.report;

import org.unspin.score.Score;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The report formats, by the name the command line uses. */
public enum ReportFormat {
    TEXT(TextReport::render),
    JSON(JsonReport::render),
    HTML(HtmlReport::render);

    private final Function<Score, String> renderer;

    ReportFormat(Function<Score, String> renderer) {
        this.renderer = renderer;
    }

    /** The score written in this format. */
    public String render(Score score) {
        return renderer.apply(score);
    }

    /** The format called {@code name} (text, json, html; any case). */
    public static Optional<ReportFormat> named(String name) {
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The name as the command line takes it (text, json, html). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
