package org.unspin.score.report;

import org.unspin.score.EditScore;
import org.unspin.score.Metric;
import org.unspin.score.Score;

import java.util.List;
import java.util.Locale;

/**
 * The score as one self-contained HTML page ({@link HtmlPage}): the metrics table, original,
 * spun and candidate side by side with every edit numbered and marked by its outcome (restored
 * correctly, wrong, missed, false alarm), and the table of those edits with the engine's rule and
 * lexicon line where annotations give them.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** The score report page, without header facts. */
    public static String render(Score score) {
        return render(score, List.of());
    }

    /** The page with {@code facts} (file names, date, version) in its header. */
    public static String render(Score score, List<HtmlPage.Fact> facts) {
        HtmlPage page = new HtmlPage("Unspin score");
        facts.forEach(f -> page.fact(f.label(), f.value()));
        page.section(metricsSection(score));
        page.column(ScoreEdits.ORIGINAL, "Original", score.original());
        score.spun().ifPresent(spun -> page.column(ScoreEdits.SPUN, "Spun", spun));
        page.column(ScoreEdits.CANDIDATE, "Restored", score.candidate());
        page.edits(ScoreEdits.of(score));
        page.noEditsNote(score.spun().isPresent() ? "No edits: the texts do not differ."
                : "Edits are known only with the spun text (--spun).");
        return page.render();
    }

    /**
     * The metrics table (candidate, spun baseline, relative improvement), the BLEU and chrF
     * signatures and the edit counts, as a section of trusted HTML. An undefined value reads
     * {@value Metric#UNDEFINED} and leaves its change empty.
     */
    public static String metricsSection(Score score) {
        StringBuilder html = new StringBuilder("<section class=\"metrics\">\n");
        boolean withBaseline = score.baseline().isPresent();
        html.append("<table class=\"metrics\">\n<thead><tr><th>metric</th><th>restored</th>");
        if (withBaseline) {
            html.append("<th>spun (baseline)</th><th>relative improvement</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Metric metric : Metric.values()) {
            if (!metric.appliesTo(score.metrics())) {
                continue;
            }
            html.append("<tr data-metric=\"").append(metric.key()).append("\"><th>").append(HtmlPage.escape(metric.label()))
                    .append("</th><td>").append(Numbers.format(metric, score.value(metric))).append("</td>");
            if (withBaseline) {
                html.append("<td>").append(Numbers.format(metric, score.baselineValue(metric))).append("</td><td>")
                        .append(Numbers.change(score.relativeImprovement(metric))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"signature\">")
                .append(HtmlPage.escape(score.metrics().bleu().format())).append("<br>")
                .append(HtmlPage.escape(score.metrics().chrf().format())).append("</p>\n");
        score.metrics().edits().ifPresent(edits -> html.append("<p class=\"counts\">").append(counts(edits)).append("</p>\n"));
        return html.append("</section>\n").toString();
    }

    private static String counts(EditScore edits) {
        return String.format(Locale.ROOT,
                "edits: gold %d, system %d &middot; TP %d &middot; FP %d (wrong %d, false alarm %d) &middot; FN %d (missed %d)",
                edits.gold().size(), edits.system().size(), edits.truePositiveCount(), edits.falsePositiveCount(),
                edits.wrongCount(), edits.falseAlarmCount(), edits.falseNegativeCount(), edits.missedCount());
    }
}
