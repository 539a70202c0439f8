package org.unspin.report;

import org.unspin.Restoration;
import org.unspin.workflow.SpinDetector;

import java.util.Locale;

import static org.unspin.score.report.HtmlPage.escape;

/** The spin-risk score of a document with its evidence, as a section of an HTML page. */
final class SpinRiskSection {

    private SpinRiskSection() {
    }

    static String html(SpinDetector.SpinRisk risk, Restoration restoration) {
        StringBuilder html = new StringBuilder("<section class=\"risk\">\n<h2>Spin risk</h2>\n<p>");
        html.append("<span class=\"score\">").append(String.format(Locale.ROOT, "%.1f / 100", risk.score()))
                .append("</span> (").append(risk.level()).append("): a marker for triage, not a verdict. ")
                .append(restoration.documentSpun()
                        ? "The rules judged the document spun: " + escape(String.valueOf(restoration.spinReason())) + "."
                        : "The rules did not judge the document spun.")
                .append("</p>\n<p class=\"risk-figures\">")
                .append(String.format(Locale.ROOT, "%d %s; per 100 words: %.2f strong restorations (%.2f tortured phrases), "
                                + "%.2f weak, %.2f filler", risk.words(), risk.words() == 1 ? "word" : "words",
                        risk.strongPer100(), risk.torturedPer100(), risk.weakPer100(), risk.fillerPer100()))
                .append("</p>\n");
        if (!risk.evidence().isEmpty()) {
            // folded on screen (the edit table shows the same places); the page unfolds it to print
            html.append("<details class=\"evidence\"><summary>Evidence: ").append(risk.evidence().size())
                    .append(risk.evidence().size() == 1 ? " place" : " places")
                    .append(" that read as spun</summary>\n<table class=\"evidence\">\n<thead><tr><th>span</th><th>wording</th><th>restores to</th>")
                    .append("<th>kind</th><th>rule</th><th>lexicon</th></tr></thead>\n<tbody>\n");
            for (SpinDetector.Evidence e : risk.evidence()) {
                html.append("<tr><td>").append(e.start()).append('\u2013').append(e.end()).append("</td><td>\u201c")
                        .append(escape(e.text())).append("\u201d</td><td>\u201c").append(escape(e.restoration()))
                        .append("\u201d</td><td>").append(escape(String.valueOf(e.kind()))).append("</td><td>")
                        .append(escape(String.valueOf(e.rule()))).append("</td><td>")
                        .append(e.source() == null ? "" : escape(e.source())).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n</details>\n");
        }
        return html.append("</section>\n").toString();
    }
}
