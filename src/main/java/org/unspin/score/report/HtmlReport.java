package org.unspin.score.report;

import org.apache.commons.text.StringEscapeUtils;
import org.unspin.score.EditAnnotation;
import org.unspin.score.EditScore;
import org.unspin.score.JudgedEdit;
import org.unspin.score.Metric;
import org.unspin.score.Outcome;
import org.unspin.score.Score;
import org.unspin.score.Span;
import org.unspin.score.Token;
import org.unspin.score.WordTokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The score as one self-contained HTML page: the metrics table, then original, spun and
 * candidate side by side. Each edit is highlighted by its outcome (restored correctly, wrong,
 * missed, false alarm); hovering one shows before and after, and for system edits the engine's
 * rule and lexicon entry when annotations were given, and outlines the same edit in the other
 * columns. No external resources; the small script only links edits across columns.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** A highlighted stretch of one column's text. */
    private record Mark(Span chars, Outcome outcome, String title, String ids) {
    }

    public static String render(Score score) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>Unspin score</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<header>\n<h1>Unspin score</h1>\n");
        appendMetrics(html, score);
        appendLegend(html);
        html.append("</header>\n<main class=\"columns\">\n");

        List<Mark> originalMarks = new ArrayList<>();
        List<Mark> spunMarks = new ArrayList<>();
        List<Mark> candidateMarks = new ArrayList<>();
        score.metrics().edits().ifPresent(edits ->
                collectMarks(edits, WordTokens.spans(score.candidate()), originalMarks, spunMarks, candidateMarks));

        appendColumn(html, "original", "Original", score.original(), originalMarks);
        if (score.spun().isPresent()) {
            appendColumn(html, "spun", "Spun", score.spun().get(), spunMarks);
        }
        appendColumn(html, "candidate", "Restored", score.candidate(), candidateMarks);
        html.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void appendMetrics(StringBuilder html, Score score) {
        boolean withBaseline = score.baseline().isPresent();
        html.append("<table class=\"metrics\">\n<thead><tr><th>metric</th><th>restored</th>");
        if (withBaseline) {
            html.append("<th>spun (baseline)</th><th>relative improvement</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Metric metric : Metric.values()) {
            OptionalDouble value = score.value(metric);
            if (value.isEmpty()) {
                continue;
            }
            html.append("<tr><th>").append(escape(metric.label())).append("</th><td>")
                    .append(number(metric, value.getAsDouble())).append("</td>");
            if (withBaseline) {
                html.append("<td>").append(number(metric, score.baselineValue(metric).orElseThrow())).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%+.1f %%", 100 * score.relativeImprovement(metric).orElseThrow()))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"signature\">")
                .append(escape(score.metrics().bleu().format())).append("<br>")
                .append(escape(score.metrics().chrf().format())).append("</p>\n");
        score.metrics().edits().ifPresent(edits -> html.append("<p class=\"counts\">")
                .append(String.format(Locale.ROOT,
                        "edits: gold %d, system %d &middot; TP %d &middot; FP %d (wrong %d, false alarm %d) &middot; FN %d (missed %d)",
                        edits.gold().size(), edits.system().size(), edits.truePositiveCount(),
                        edits.falsePositiveCount(), edits.wrongCount(), edits.falseAlarmCount(),
                        edits.falseNegativeCount(), edits.missedCount()))
                .append("</p>\n"));
    }

    private static void appendLegend(StringBuilder html) {
        html.append("<p class=\"legend\">");
        for (Outcome outcome : Outcome.values()) {
            html.append("<span class=\"swatch ").append(cssClass(outcome)).append("\">")
                    .append(escape(outcome.label())).append("</span> ");
        }
        html.append("<span class=\"hint\">hover an edit for details</span></p>\n");
    }

    /**
     * Places every edit in the columns: gold edits in the original, system edits and missed gold
     * edits in the spun text, system edits and (where they still are) missed gold edits in the
     * candidate. Ids link the marks of one edit, and of overlapping gold and system edits.
     */
    private static void collectMarks(EditScore edits, List<Token> candidateTokens,
                                     List<Mark> originalMarks, List<Mark> spunMarks, List<Mark> candidateMarks) {
        List<JudgedEdit> gold = edits.gold();
        List<JudgedEdit> system = edits.system();
        for (int g = 0; g < gold.size(); g++) {
            JudgedEdit edit = gold.get(g);
            String ids = ids("g" + g, "s", overlapping(edit, system));
            String title = describe(edit, "original", List.of());
            originalMarks.add(new Mark(edit.edit().targetChars(), edit.outcome(), title, ids));
            if (edit.outcome() == Outcome.MISSED) {
                spunMarks.add(new Mark(edit.edit().sourceChars(), edit.outcome(), title, ids));
                Span spunTokens = edit.edit().sourceTokens();
                int shift = shiftBySystemEditsBefore(spunTokens, system);
                if (spunTokens.start() + shift >= 0 && spunTokens.end() + shift <= candidateTokens.size()) {
                    Span inCandidate = new Span(spunTokens.start() + shift, spunTokens.end() + shift);
                    candidateMarks.add(new Mark(WordTokens.chars(candidateTokens, inCandidate), edit.outcome(), title, ids));
                }
            }
        }
        for (int s = 0; s < system.size(); s++) {
            JudgedEdit edit = system.get(s);
            List<Integer> related = overlapping(edit, gold);
            String ids = ids("s" + s, "g", related);
            List<String> expected = edit.outcome() == Outcome.WRONG
                    ? related.stream().map(g -> gold.get(g).edit().after()).toList()
                    : List.of();
            String title = describe(edit, "restored", expected);
            spunMarks.add(new Mark(edit.edit().sourceChars(), edit.outcome(), title, ids));
            candidateMarks.add(new Mark(edit.edit().targetChars(), edit.outcome(), title, ids));
        }
    }

    /**
     * How far spun tokens that no system edit touched have moved in the candidate: the net
     * length change of the system edits before them.
     */
    private static int shiftBySystemEditsBefore(Span spunTokens, List<JudgedEdit> system) {
        int shift = 0;
        for (JudgedEdit edit : system) {
            if (edit.edit().sourceTokens().start() < spunTokens.start()) {
                shift += edit.edit().targetTokens().length() - edit.edit().sourceTokens().length();
            }
        }
        return shift;
    }

    private static List<Integer> overlapping(JudgedEdit edit, List<JudgedEdit> others) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            if (edit.edit().sourceTokens().overlaps(others.get(i).edit().sourceTokens())) {
                indices.add(i);
            }
        }
        return indices;
    }

    private static String ids(String own, String otherPrefix, List<Integer> others) {
        return own + others.stream().map(i -> " " + otherPrefix + i).collect(Collectors.joining());
    }

    private static String describe(JudgedEdit judged, String targetName, List<String> expected) {
        StringBuilder title = new StringBuilder()
                .append("spun: \u201c").append(judged.edit().before()).append("\u201d \u2192 ")
                .append(targetName).append(": \u201c").append(judged.edit().after()).append("\u201d (")
                .append(judged.outcome().label()).append(')');
        for (String text : expected) {
            title.append("\noriginal: \u201c").append(text).append('\u201d');
        }
        for (EditAnnotation annotation : judged.annotations()) {
            title.append("\nrule: ").append(annotation.rule()).append("\nlexicon: ").append(annotation.source());
        }
        return title.toString();
    }

    private static void appendColumn(StringBuilder html, String id, String heading, String text, List<Mark> marks) {
        html.append("<section class=\"column ").append(id).append("\" id=\"").append(id).append("\">\n<h2>")
                .append(heading).append("</h2>\n<div class=\"text\">");
        List<Mark> ordered = new ArrayList<>(marks);
        ordered.sort(Comparator.comparingInt((Mark m) -> m.chars().start()).thenComparingInt(m -> m.chars().end()));
        int position = 0;
        for (Mark mark : ordered) {
            Span chars = mark.chars();
            if (chars.start() < position || chars.end() > text.length()) {
                continue; // marks do not overlap by construction; never emit broken nesting if one did
            }
            html.append(escape(text.substring(position, chars.start())));
            html.append("<span class=\"edit ").append(cssClass(mark.outcome()));
            if (chars.isEmpty()) {
                html.append(" gap");
            }
            html.append("\" title=\"").append(escape(mark.title())).append("\" data-edit=\"").append(mark.ids()).append("\">");
            html.append(chars.isEmpty() ? "\u2038" : escape(text.substring(chars.start(), chars.end())));
            html.append("</span>");
            position = chars.end();
        }
        html.append(escape(text.substring(position))).append("</div>\n</section>\n");
    }

    private static String cssClass(Outcome outcome) {
        return outcome.key().replace('_', '-');
    }

    private static String number(Metric metric, double value) {
        return metric.isPercent()
                ? String.format(Locale.ROOT, "%.2f", value)
                : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }

    private static final String STYLE = """
            body { font: 15px/1.5 system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; background: #fff; }
            h1 { font-size: 1.4rem; margin: 0 0 .8rem; }
            h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
            table.metrics { border-collapse: collapse; margin-bottom: .6rem; }
            table.metrics th, table.metrics td { padding: .15rem .8rem; border-bottom: 1px solid #ddd; text-align: right; }
            table.metrics th:first-child { text-align: left; }
            .signature, .counts { font: 12px/1.4 ui-monospace, monospace; color: #444; margin: .3rem 0; }
            .legend .hint { color: #666; font-size: 13px; }
            .columns { display: flex; gap: 1.2rem; margin-top: 1rem; align-items: flex-start; }
            .column { flex: 1 1 0; min-width: 0; border-top: 8px solid; padding-top: .5rem; overflow-wrap: anywhere; }
            .column.original { border-top-color: #1155cc; }
            .column.spun { border-top-color: #7a1fa2; }
            .column.candidate { border-top-color: #00796b; }
            .edit, .swatch { border-radius: 3px; padding: 0 1px; }
            .edit { cursor: help; }
            .correct { background: #c6f6d5; box-shadow: inset 0 -2px #2f855a; }
            .wrong { background: #fed7aa; box-shadow: inset 0 -2px #c05621; }
            .missed { background: #fecaca; box-shadow: inset 0 -2px #c53030; }
            .false-alarm { background: #fef08a; box-shadow: inset 0 -2px #b7791f; }
            .edit.gap { font-weight: bold; padding: 0 2px; }
            .edit.linked { outline: 2px solid #1a1a1a; }
            """;

    // Outlines every mark that shares an edit id with the hovered one, in all three columns.
    private static final String SCRIPT = """
            (function () {
              'use strict';
              var linked = [];
              function clear() {
                linked.forEach(function (element) { element.classList.remove('linked'); });
                linked = [];
              }
              document.querySelectorAll('[data-edit]').forEach(function (mark) {
                mark.addEventListener('mouseenter', function () {
                  clear();
                  mark.getAttribute('data-edit').split(' ').forEach(function (id) {
                    document.querySelectorAll('[data-edit~="' + id + '"]').forEach(function (other) {
                      other.classList.add('linked');
                      linked.push(other);
                    });
                  });
                });
                mark.addEventListener('mouseleave', clear);
              });
              document.body.setAttribute('data-ready', 'yes');
            }());
            """;
}
