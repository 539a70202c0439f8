package org.unspin.score.report;

import org.unspin.score.EditAnnotation;
import org.unspin.score.EditScore;
import org.unspin.score.ErrorRate;
import org.unspin.score.JudgedEdit;
import org.unspin.score.Metric;
import org.unspin.score.MetricSet;
import org.unspin.score.Score;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The score as a compact plain-text table (candidate, spun baseline, relative improvement),
 * followed by the counts, the sacreBLEU-style BLEU and chrF lines, and the TP / FP / FN edits.
 */
final class TextReport {

    private TextReport() {
    }

    public static String render(Score score) {
        StringBuilder out = new StringBuilder();
        boolean withBaseline = score.baseline().isPresent();
        out.append(withBaseline
                ? String.format(Locale.ROOT, "%-10s %10s %10s %12s%n", "metric", "candidate", "spun", "rel. impr.")
                : String.format(Locale.ROOT, "%-10s %10s%n", "metric", "candidate"));
        for (Metric metric : Metric.values()) {
            if (!metric.appliesTo(score.metrics())) {
                continue;
            }
            String row = String.format(Locale.ROOT, "%-10s %10s", metric.label(), Numbers.format(metric, score.value(metric)));
            if (withBaseline) {
                row += String.format(Locale.ROOT, " %10s %12s", Numbers.format(metric, score.baselineValue(metric)),
                        Numbers.change(score.relativeImprovement(metric)));
            }
            out.append(row.stripTrailing()).append(System.lineSeparator());
        }
        out.append(System.lineSeparator());
        MetricSet metrics = score.metrics();
        out.append(counts("words", metrics.words()));
        out.append(counts("characters", metrics.characters()));
        metrics.edits().ifPresent(edits -> out.append(editCounts(edits)));
        out.append(metrics.bleu().format()).append(System.lineSeparator());
        out.append(metrics.chrf().format()).append(System.lineSeparator());
        metrics.edits().ifPresent(edits -> {
            out.append(System.lineSeparator());
            edits.truePositives().forEach(e -> out.append(editLine("TP", e)));
            edits.falsePositives().forEach(e -> out.append(editLine("FP", e)));
            edits.falseNegatives().forEach(e -> out.append(editLine("FN", e)));
        });
        return out.toString();
    }

    private static String counts(String unit, ErrorRate rate) {
        return String.format(Locale.ROOT, "%-10s original %d, candidate %d: %d hits, %d substitutions, %d deletions, %d insertions%n",
                unit, rate.referenceLength(), rate.hypothesisLength(), rate.hits(), rate.substitutions(),
                rate.deletions(), rate.insertions());
    }

    private static String editCounts(EditScore edits) {
        return String.format(Locale.ROOT, "%-10s gold %d, system %d: TP %d, FP %d (wrong %d, false alarm %d), FN %d (missed %d)%n",
                "edits", edits.gold().size(), edits.system().size(), edits.truePositiveCount(),
                edits.falsePositiveCount(), edits.wrongCount(), edits.falseAlarmCount(),
                edits.falseNegativeCount(), edits.missedCount());
    }

    private static String editLine(String kind, JudgedEdit judged) {
        String line = String.format(Locale.ROOT, "%s %-18s @%-6d \"%s\" -> \"%s\"", kind, judged.outcome().label(),
                judged.edit().sourceChars().start(), oneLine(judged.edit().before()), oneLine(judged.edit().after()));
        List<EditAnnotation> annotations = judged.annotations();
        if (!annotations.isEmpty()) {
            line += annotations.stream()
                    .map(a -> a.rule() + " " + a.source())
                    .collect(Collectors.joining("; ", "  [", "]"));
        }
        return line + System.lineSeparator();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
