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
        assertTrue(section(html, "candidate").contains("<span class=\"edit correct\""), html);
        assertTrue(section(html, "candidate").contains("<span class=\"edit wrong\""), html);
        assertTrue(section(html, "candidate").contains("<span class=\"edit false-alarm\""), html);
        assertTrue(section(html, "candidate").contains("<span class=\"edit missed\""), html);
        assertTrue(section(html, "original").contains("<span class=\"edit missed gap\""), "deleted 'today' as a gap: " + html);
    }

    @Test
    void hoverShowsRuleAndLexiconEntryOfAnnotatedEdits() {
        String html = example();
        Matcher wrong = Pattern.compile("<span class=\"edit wrong\" title=\"([^\"]*)\" data-edit=\"(s\\d+)[^\"]*\">because</span>")
                .matcher(html);
        assertTrue(wrong.find(), html);
        String title = wrong.group(1);
        assertTrue(title.contains("spun: &ldquo;due to the fact that&rdquo; &rarr; restored: &ldquo;because&rdquo; (wrong)"), title);
        assertTrue(title.contains("original: &ldquo;since&rdquo;"), title);
        assertTrue(title.contains("rule: restore-conjunction"), title);
        assertTrue(title.contains("lexicon: lexicon/phrases.tsv:42"), title);
        // The system edit in the spun and restored columns, and the gold edit it got wrong in the original.
        assertEquals(3, count(html, "rule: restore-conjunction"), html);
        assertTrue(html.contains("title=\"spun: &ldquo;Little&rdquo; &rarr; restored: &ldquo;Small&rdquo; (restored correctly)\""),
                "an edit without annotation shows before and after only: " + html);
    }

    @Test
    void withoutAnnotationsHoverShowsBeforeAndAfterOnly() {
        String html = HtmlReport.render(Scorer.score(ScoringExamples.ORIGINAL, ScoringExamples.CANDIDATE, ScoringExamples.SPUN));
        assertTrue(html.contains("title=\"spun: &ldquo;Little&rdquo; &rarr; restored: &ldquo;Small&rdquo; (restored correctly)\""), html);
        assertFalse(html.contains("rule: "), html);
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
