package org.unspin.score.report;

import org.apache.commons.text.StringEscapeUtils;
import org.unspin.score.Outcome;
import org.unspin.score.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A self-contained HTML report page: a header of facts (files, date, engine version), sections
 * given as HTML (metrics, spin risk), the texts side by side with every edit marked and numbered,
 * and the printable table of those edits. Inline style (with a print style sheet) and a small
 * script that outlines an edit in every column while the pointer is on it; nothing is loaded
 * from outside. Every text from the user is escaped here; sections are trusted HTML.
 *
 * <p>Outcome colours are from the Okabe-Ito palette, which readers with any common colour-vision
 * deficiency can tell apart; each outcome also has its own symbol and underline style, so that
 * the page reads in black and white too.
 */
public final class HtmlPage {

    /** A labelled fact in the page header, e.g. "file: spun.txt". */
    public record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** One text column; {@code id} names it in {@link ReportedEdit#marks()}. */
    public record Column(String id, String heading, String text) {
    }

    /** The symbol that marks an outcome beside its number, in the text and in the table. */
    static final Map<Outcome, String> SYMBOLS = new EnumMap<>(Map.of(
            Outcome.CORRECT, "\u2713", Outcome.WRONG, "\u2717", Outcome.MISSED, "\u25CB", Outcome.FALSE_ALARM, "!"));

    private final String title;
    private final List<Fact> facts = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private final List<ReportedEdit> edits = new ArrayList<>();
    private String noEditsNote = "No edits.";

    /** An empty page with this title. */
    public HtmlPage(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** One line of the header (file, date, engine version), escaped. */
    public HtmlPage fact(String label, String value) {
        facts.add(new Fact(label, value));
        return this;
    }

    /** A section of trusted HTML, shown above the texts in the order added. */
    public HtmlPage section(String html) {
        sections.add(html);
        return this;
    }

    /** One text shown side by side with the others, its edits marked; escaped. */
    public HtmlPage column(String id, String heading, String text) {
        columns.add(new Column(id, heading, text));
        return this;
    }

    /** The numbered edits, marked in the columns and listed in the edit table. */
    public HtmlPage edits(List<ReportedEdit> numbered) {
        edits.addAll(numbered);
        return this;
    }

    /** What the edit table says when there is no edit. */
    public HtmlPage noEditsNote(String note) {
        noEditsNote = note;
        return this;
    }

    /** The self-contained page: inline style, nothing loaded from outside. */
    public String render() {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>").append(escape(title)).append("</h1>\n");
        appendFacts(html);
        html.append("</header>\n");
        sections.forEach(html::append);
        appendLegend(html);
        html.append("<main class=\"columns\">\n");
        for (Column column : columns) {
            appendColumn(html, column);
        }
        html.append("</main>\n");
        appendTable(html);
        html.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private void appendFacts(StringBuilder html) {
        if (facts.isEmpty()) {
            return;
        }
        html.append("<dl class=\"facts\">\n");
        for (Fact fact : facts) {
            html.append("<div><dt>").append(escape(fact.label())).append("</dt><dd>").append(escape(fact.value()))
                    .append("</dd></div>\n");
        }
        html.append("</dl>\n");
    }

    private boolean hasOutcomes() {
        return edits.stream().anyMatch(e -> e.outcome() != null);
    }

    private void appendLegend(StringBuilder html) {
        html.append("<p class=\"legend\">");
        if (hasOutcomes()) {
            for (Outcome outcome : Outcome.values()) {
                html.append("<span class=\"swatch ").append(cssClass(outcome)).append("\">").append(SYMBOLS.get(outcome))
                        .append(' ').append(escape(outcome.label())).append("</span> ");
            }
        } else {
            html.append("<span class=\"swatch restored\">restored</span> <span class=\"swatch repair\">scraping repair</span> ");
        }
        html.append("<span class=\"explain\"><sup class=\"tag\">3</sup> edit number 3 of the table; a number with no")
                .append(" text after it marks a place where words were removed or are missing.</span>")
                .append(" <span class=\"hint\">Point at an edit for its details.</span></p>\n");
    }

    private void appendColumn(StringBuilder html, Column column) {
        String text = column.text();
        html.append("<section class=\"column ").append(column.id()).append(oneTokenPerLine(text) ? " token-lines" : "")
                .append("\" id=\"").append(column.id()).append("\">\n<h2>")
                .append(escape(column.heading())).append("</h2>\n<div class=\"text\">");
        List<ReportedEdit> marked = new ArrayList<>(edits.stream().filter(e -> e.marks().containsKey(column.id())).toList());
        marked.sort(Comparator.comparingInt((ReportedEdit e) -> e.marks().get(column.id()).start())
                .thenComparingInt(e -> e.marks().get(column.id()).end()));
        int position = 0;
        for (ReportedEdit edit : marked) {
            Span chars = edit.marks().get(column.id());
            if (chars.start() < position || chars.end() > text.length()) {
                continue; // marks of one column do not overlap; never emit broken nesting if two did
            }
            html.append(escape(text.substring(position, chars.start())));
            html.append("<span class=\"edit ").append(kindClass(edit)).append(chars.isEmpty() ? " gap" : "")
                    .append("\" data-edit=\"").append(edit.number()).append("\" title=\"").append(escape(hover(edit)))
                    .append("\"><a class=\"tag\" href=\"#edit-").append(edit.number()).append("\">").append(tag(edit))
                    .append("</a>").append(escape(text.substring(chars.start(), chars.end()))).append("</span>");
            position = chars.end();
        }
        html.append(escape(text.substring(position))).append("</div>\n</section>\n");
    }

    private void appendTable(StringBuilder html) {
        html.append("<section class=\"edit-table\">\n<h2>Edits</h2>\n");
        if (edits.isEmpty()) {
            html.append("<p class=\"none\">").append(escape(noEditsNote)).append("</p>\n</section>\n");
            return;
        }
        boolean outcomes = hasOutcomes();
        boolean expected = edits.stream().anyMatch(e -> e.expected() != null);
        html.append("<table class=\"edits\">\n<thead><tr><th>#</th>");
        if (outcomes) {
            html.append("<th>outcome</th>");
        }
        html.append("<th>span</th><th>before</th><th>after</th>");
        if (expected) {
            html.append("<th>original</th>");
        }
        html.append("<th>rule</th><th>lexicon</th><th>confidence</th><th>reason</th></tr></thead>\n<tbody>\n");
        for (ReportedEdit edit : edits) {
            html.append("<tr id=\"edit-").append(edit.number()).append("\" data-edit=\"").append(edit.number())
                    .append("\"><td class=\"number\"><span class=\"edit ").append(kindClass(edit)).append("\">")
                    .append(tag(edit)).append("</span></td>");
            if (outcomes) {
                html.append("<td>").append(edit.outcome() == null ? "" : escape(edit.outcome().label())).append("</td>");
            }
            html.append("<td class=\"span\">").append(edit.spunChars().start()).append("\u2013").append(edit.spunChars().end())
                    .append("</td><td>").append(quoted(edit.before())).append("</td><td>").append(quoted(edit.after()))
                    .append("</td>");
            if (expected) {
                html.append("<td>").append(edit.expected() == null ? "" : quoted(edit.expected())).append("</td>");
            }
            html.append("<td>").append(orEmpty(edit.rule())).append("</td><td class=\"source\">").append(orEmpty(edit.source()))
                    .append("</td><td class=\"confidence\">")
                    .append(edit.confidence().isPresent() ? String.format(Locale.ROOT, "%.2f", edit.confidence().getAsDouble()) : "")
                    .append("</td><td>").append(orEmpty(edit.reason())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** A text given one token per line (as scorers take it) reads as running text; prose keeps its line breaks. */
    private static boolean oneTokenPerLine(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        return lines.size() > 1 && lines.stream().noneMatch(line -> line.strip().contains(" "));
    }

    /** The number, with the outcome's symbol where there is one: "3", "3\u2713". */
    private static String tag(ReportedEdit edit) {
        return edit.number() + (edit.outcome() == null ? "" : SYMBOLS.get(edit.outcome()));
    }

    private static String kindClass(ReportedEdit edit) {
        if (edit.outcome() != null) {
            return cssClass(edit.outcome());
        }
        return edit.rule() != null && edit.rule().startsWith("normalize") ? "repair" : "restored";
    }

    private static String hover(ReportedEdit edit) {
        StringBuilder text = new StringBuilder().append(edit.number()).append(". \u201c").append(edit.before())
                .append("\u201d \u2192 \u201c").append(edit.after()).append('\u201d');
        if (edit.outcome() != null) {
            text.append(" (").append(edit.outcome().label()).append(')');
        }
        if (edit.expected() != null) {
            text.append("\noriginal: \u201c").append(edit.expected()).append('\u201d');
        }
        if (edit.rule() != null) {
            text.append("\nrule: ").append(edit.rule());
        }
        if (edit.source() != null) {
            text.append("\nlexicon: ").append(edit.source());
        }
        return text.toString();
    }

    private static String quoted(String text) {
        return text.isEmpty() ? "<span class=\"empty\">(nothing)</span>" : "\u201c" + escape(text) + "\u201d";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : escape(text);
    }

    static String cssClass(Outcome outcome) {
        return outcome.key().replace('_', '-');
    }

    /** HTML-escapes text from the user or the data (file names, texts, rule names). */
    public static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }

    private static final String STYLE = """
            body { font: 15px/1.5 system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; background: #fff; }
            h1 { font-size: 1.4rem; margin: 0 0 .6rem; }
            h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
            dl.facts { display: flex; flex-wrap: wrap; gap: .2rem 1.6rem; margin: 0 0 .8rem; font-size: 13px; }
            dl.facts dt { display: inline; color: #555; }
            dl.facts dt::after { content: ": "; }
            dl.facts dd { display: inline; margin: 0; font-family: ui-monospace, monospace; }
            table { border-collapse: collapse; }
            table.metrics, table.evidence { margin-bottom: .6rem; }
            th, td { padding: .15rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
            table.metrics td { text-align: right; }
            table.metrics th { text-align: left; }
            thead th { text-align: left; background: #f3f3f3; }
            .signature, .counts, .risk-figures { font: 12px/1.4 ui-monospace, monospace; color: #444; margin: .3rem 0; }
            .risk .score { font-size: 1.2rem; font-weight: bold; }
            details.evidence summary { cursor: pointer; color: #333; margin: .3rem 0; }
            .legend { margin: .8rem 0 0; font-size: 13px; }
            .legend .hint { color: #666; }
            .columns { display: flex; gap: 1.2rem; margin-top: 1rem; align-items: flex-start; }
            .column { flex: 1 1 0; min-width: 0; border-top: 8px solid; padding-top: .5rem; overflow-wrap: anywhere; }
            .column .text { white-space: pre-line; }
            .column.token-lines .text { white-space: normal; }
            .column.original { border-top-color: #1155cc; }
            .column.spun { border-top-color: #7a1fa2; }
            .column.candidate { border-top-color: #00796b; }
            .edit, .swatch { border-radius: 3px; padding: 0 2px; }
            .edit { cursor: help; }
            .tag { font-size: 10px; font-weight: bold; vertical-align: super; line-height: 0; color: #1a1a1a;
                   text-decoration: none; margin-right: 1px; }
            .edit.gap { border: 1px solid #1a1a1a; padding: 0 3px; }
            .correct { background: #d4efe6; border-bottom: 3px solid #009E73; }
            .wrong { background: #f8dccb; border-bottom: 3px double #D55E00; }
            .missed { background: #dcf0fb; border-bottom: 3px dashed #0072B2; }
            .false-alarm { background: #f6e2ee; border-bottom: 3px dotted #CC79A7; }
            .restored { background: #d6e6f2; border-bottom: 2px solid #0072B2; }
            .repair { background: #ececec; border-bottom: 2px dashed #666; }
            .edit.linked { outline: 2px solid #1a1a1a; }
            tr.linked td { background: #fff6cc; }
            .edit-table { margin-top: 1.5rem; }
            table.edits { width: 100%; font-size: 13px; }
            table.edits td.span, table.edits td.confidence, table.edits td.source { font-family: ui-monospace, monospace; white-space: nowrap; }
            table.edits td.number .tag, table.edits td.number { white-space: nowrap; }
            table.edits td.number .edit { font-size: 12px; font-weight: bold; }
            .empty { color: #666; font-style: italic; }
            @media print {
              body { margin: 0; font-size: 10pt; }
              .legend .hint { display: none; }
              .columns { gap: .6rem; }
              .column { font-size: 9pt; }
              .edit, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              .edit.linked { outline: none; }
              a.tag { color: #000; }
              .edit-table { break-before: page; }
              table.edits { font-size: 8.5pt; }
              table.edits tr { break-inside: avoid; }
              thead { display: table-header-group; }
              h2 { break-after: avoid; }
            }
            """;

    // Outlines every mark and the table row of the edit under the pointer.
    private static final String SCRIPT = """
            (function () {
              'use strict';
              var linked = [];
              function clear() {
                linked.forEach(function (element) { element.classList.remove('linked'); });
                linked = [];
              }
              document.querySelectorAll('span.edit[data-edit]').forEach(function (mark) {
                mark.addEventListener('mouseenter', function () {
                  clear();
                  var number = mark.getAttribute('data-edit');
                  document.querySelectorAll('[data-edit="' + number + '"]').forEach(function (other) {
                    other.classList.add('linked');
                    linked.push(other);
                  });
                });
                mark.addEventListener('mouseleave', clear);
              });
              window.addEventListener('beforeprint', function () {
                document.querySelectorAll('details').forEach(function (details) { details.open = true; });
              });
              document.body.setAttribute('data-ready', 'yes');
            }());
            """;
}
