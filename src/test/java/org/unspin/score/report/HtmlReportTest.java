package org.unspin.score.report;

import org.junit.jupiter.api.Test;
import org.unspin.score.Scorer;
import org.unspin.score.ScoringExamples;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    private static String example() {
        return HtmlReport.render(Scorer.score(ScoringExamples.ORIGINAL, ScoringExamples.CANDIDATE,
                ScoringExamples.SPUN, ScoringExamples.ANNOTATIONS));
    }

    @Test
    void threeColumnsInOrder() {
        String html = example();
        int original = html.indexOf("<section class=\"column original\" id=\"original\">");
        int spun = html.indexOf("<section class=\"column spun\" id=\"spun\">");
        int candidate = html.indexOf("<section class=\"column candidate\" id=\"candidate\">");
        assertTrue(original > 0 && spun > original && candidate > spun, html);
    }

    @Test
    void highlightsEveryOutcome() {
        String html = example();
        // Original: the gold edits; spun: system edits and missed gold edits; restored: the same.
        assertEquals(4, count(section(html, "original"), "<span class=\"edit "));
        assertEquals(5, count(section(html, "spun"), "<span class=\"edit "));
        assertEquals(5, count(section(html, "candidate"), "<span class=\"edit "));
        for (String outcome : new String[] {"correct", "wrong", "false-alarm", "missed"}) {
            assertTrue(section(html, "candidate").contains("<span class=\"edit " + outcome + "\""), outcome + ": " + html);
        }
        assertTrue(section(html, "original").contains("<span class=\"edit missed gap\""), "deleted 'today' as a gap: " + html);
        assertFalse(html.contains("\u2038"), "no caret gap marker: " + html);
    }

    @Test
    void everyEditIsNumberedAlikeInTheColumnsAndTheTable() {
        String html = example();
        // 3 system edits and 2 missed ones, numbered in the order of the spun text
        for (int number = 1; number <= 5; number++) {
            assertTrue(html.contains("<tr id=\"edit-" + number + "\" data-edit=\"" + number + "\">"), "row " + number);
            assertTrue(section(html, "spun").contains("data-edit=\"" + number + "\""), "spun mark " + number);
        }
        assertFalse(html.contains("id=\"edit-6\""), html);
        // the wrong edit: the same number on "due to the fact that", "because" and the original's "since"
        Matcher wrong = Pattern.compile("<span class=\"edit wrong\" data-edit=\"(\\d+)\"[^>]*><a class=\"tag\" "
                + "href=\"#edit-\\1\">\\1\u2717</a>because</span>").matcher(html);
        assertTrue(wrong.find(), html);
        String number = wrong.group(1);
        assertTrue(section(html, "original").matches("(?s).*data-edit=\"" + number + "\"[^>]*><a[^>]*>[^<]*</a>since</span>.*"), html);
    }

    @Test
    void hoverAndTableShowRuleAndLexiconEntryOfAnnotatedEdits() {
        String html = example();
        Matcher wrong = Pattern.compile("<span class=\"edit wrong\" data-edit=\"\\d+\" title=\"([^\"]*)\"><a[^>]*>[^<]*</a>because</span>")
                .matcher(html);
        assertTrue(wrong.find(), html);
        String title = wrong.group(1);
        assertTrue(title.contains("&ldquo;due to the fact that&rdquo; &rarr; &ldquo;because&rdquo; (wrong)"), title);
        assertTrue(title.contains("original: &ldquo;since&rdquo;"), title);
        assertTrue(title.contains("rule: restore-conjunction"), title);
        assertTrue(title.contains("lexicon: lexicon/phrases.tsv:42"), title);
        String table = html.substring(html.indexOf("<table class=\"edits\">"));
        assertTrue(table.contains("<td>restore-conjunction</td><td class=\"source\">lexicon/phrases.tsv:42</td>"), table);
        assertTrue(html.contains("title=\"1. &ldquo;Little&rdquo; &rarr; &ldquo;Small&rdquo; (restored correctly)\""),
                "an edit without annotation shows before and after only: " + html);
    }

    @Test
    void withoutAnnotationsHoverShowsBeforeAndAfterOnly() {
        String html = HtmlReport.render(Scorer.score(ScoringExamples.ORIGINAL, ScoringExamples.CANDIDATE, ScoringExamples.SPUN));
        assertTrue(html.contains("title=\"1. &ldquo;Little&rdquo; &rarr; &ldquo;Small&rdquo; (restored correctly)\""), html);
        assertFalse(html.contains("rule: "), html);
    }

    @Test
    void anUndefinedMetricReadsNotApplicableWithNoChange() {
        // the spun text as candidate: no system edit, so no precision
        String html = HtmlReport.render(Scorer.score(ScoringExamples.ORIGINAL, ScoringExamples.SPUN, ScoringExamples.SPUN));
        assertTrue(html.contains("<tr data-metric=\"precision\"><th>precision</th><td>n/a</td><td>n/a</td><td></td></tr>"), html);
    }

    @Test
    void printableAndReadableWithoutColour() {
        String html = example();
        assertTrue(html.contains("@media print"), "a print style sheet");
        assertTrue(html.contains("\u2713 restored correctly") && html.contains("\u2717 wrong")
                && html.contains("\u25CB missed") && html.contains("! false alarm"), "each outcome has its symbol in the legend");
    }

    @Test
    void escapesTextAndLoadsNothingFromOutside() {
        String html = HtmlReport.render(Scorer.score("a <b> & \"c\"", "a <i> & \"c\"", "a <b> & \"c\""));
        assertTrue(html.contains("a &lt;<span"), html);
        assertFalse(html.contains("<b>") || html.contains("<i>"), html);
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains(" src="), html);
    }

    @Test
    void withoutSpunTextTwoColumns() {
        String html = HtmlReport.render(Scorer.score("a b", "a c"));
        assertFalse(html.contains("id=\"spun\""), html);
        assertTrue(html.contains("id=\"original\"") && html.contains("id=\"candidate\""), html);
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
