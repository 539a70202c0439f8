package org.unspin.normalize;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.ScrapingRule;
import org.unspin.lexicon.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NormalizerTest {

    private static final Set<String> WORDS = Set.of("rotation", "investor", "investors", "image", "small", "black", "rock");
    private static final SourceRef HERE = new SourceRef("scraping.tsv", 1);
    private final Normalizer normalizer = new Normalizer(List.of(
            new ScrapingRule(ScrapingRule.Kind.BOILERPLATE, "Stock Chart IconStock graph icon", "", HERE),
            new ScrapingRule(ScrapingRule.Kind.BOILERPLATE_SENTENCE, "insights * CNBC PRO", "", HERE),
            new ScrapingRule(ScrapingRule.Kind.REPAIR, "u00e2 $ t", "'t", HERE),
            new ScrapingRule(ScrapingRule.Kind.GLUE_LEFT, "Images", "", HERE),
            new ScrapingRule(ScrapingRule.Kind.KEEP, "BlackRock", "", HERE)), WORDS::contains);


    private String normalized(String s) {
        return normalizer.normalize(s).text();
    }

    @Test
    void splitsGluedSentences() {
        assertEquals("New York City. Spencer Platt", normalized("New York City.Spencer Platt"));
        assertEquals("Getty Images Small-cap stocks", normalized("Getty ImagesSmall-cap stocks"));
        assertEquals("Market rotation Investors are", normalized("Market rotationInvestors are"));
        assertEquals("Russell 2000 Fundstrat's Tom", normalized("Russell 2000Fundstrat's Tom"));
        // sentences, not names in code
        assertEquals("Stocks rose 2.5%. The Fed met.", normalized("Stocks rose 2.5%.The Fed met."));
        assertEquals("shares of BlackRock. The stock fell", normalized("shares of BlackRock.The stock fell"));
        assertEquals("passed the Senate. McConnell said", normalized("passed the Senate.McConnell said"));
    }

    @Test
    void leavesNamesAndAbbreviationsAlone() {
        for (String s : List.of("BlackRock and YouTube shares", "the U.S.Treasury", "visit cnbc.com today", "iPhone sales",
                "Node.js and e.g. this", "It rose 3.5% on Tuesday.",
                // names and identifiers with more capitals inside
                "an app for eWeLink users", "F1000Research publishes posters.",
                // names in code
                "every file goes through org.unspin.io.TextFiles first", "new JobSummary.Counter(spark) counts them",
                "call Unspinner.Builder() once", "see `Unspinner.Builder` for options",
                "engine.restore(spunText) returns", "set `languageModel` here", "call countWords(text) first", "This affects wakeUpNotifications and more.", "apps like webCoRE today")) {
            assertEquals(s, normalized(s));
        }
    }

    @Test
    void decodesEntitiesWithAndWithoutSemicolon() {
        assertEquals("S&P 500 & more", normalized("S&ampP 500 &amp; more"));
        assertEquals("a \"quote\"", normalized("a &quot;quote&quot;"));
    }

    @Test
    void removesBoilerplateAndPromotionalSentences() {
        assertEquals("the S&P 500. Russell 2000 Fundstrat",
                normalized("the S&P 500. Stock Chart IconStock graph iconRussell 2000Fundstrat"));
        assertEquals("over the weekend.", normalized("over the weekend.Donu00e2 $ t overlook these insights coming from CNBC PRO."));
    }

    @Test
    void repairsMisdecodedCharacters() {
        assertEquals("Don't go", normalized("Donu00e2 $ t go"));
    }

    @Test
    void movesAnOpeningQuoteGluedToThePreviousSentence() {
        assertEquals("this cohort. \"Our experts believe,\" he said", normalized("this cohort.\" Our experts believe,\" he said"));
        assertEquals("he said \"yes,\" and left", normalized("he said \"yes,\" and left"));
    }

    @Test
    void leavesQuotesAloneWhereTheyDoNotPairUp() {
        // a quotation cut from its opening, an inch mark: the alternation cannot be trusted there
        for (String s : List.of("the backbone for this country to continue to grow,\" she explained. These are people.",
                "The depth varies from 2'7\" to 3 feet. \"Why's it so cold\" I said.",
                "\"Why's it so cold\" I said. It was \"cold\" he said.",
                // an odd count: only the pairing keeps the last quote where it is
                "It is 2'7\" deep. It was \"cold.\" He left.",
                // an even count that does not alternate: only the sentence end keeps the inch mark
                "The 2'7\" board and the 3'1\" board. \"Why's it so cold\" I said.")) {
            assertEquals(s, normalized(s));
        }
    }

    @Test
    void aBlankLineWithCarriageReturnsEndsAParagraphOfQuotes() {
        assertEquals("It is 2'7\" deep.\r\n\r\nthis cohort. \"Our experts believe,\" he said",
                normalized("It is 2'7\" deep.\r\n\r\nthis cohort.\" Our experts believe,\" he said"));
    }

    @Test
    void dropsStrayLeadingPunctuation() {
        assertEquals("Traders work", normalized(".Traders work"));
    }

    @Test
    void offsetsMapBackToTheInput() {
        String input = ".Traders in Nyc City.Spencer Platt";
        NormalizedText n = normalizer.normalize(input);
        int spencer = n.text().indexOf("Spencer");
        assertEquals(input.indexOf("Spencer"), n.toInput(spencer, false));
        int traders = n.text().indexOf("Traders");
        assertEquals(input.indexOf("Traders"), n.toInput(traders, false));
        assertEquals(input.indexOf("City") + 4, n.toInput(n.text().indexOf("City") + 4, true));
    }

    /** The normalizer tries its patterns only where they can start: it must find exactly what Matcher.find finds. */
    @Property(tries = 2000)
    void patternsTriedOnlyWhereTheyCanStartFindWhatFindFinds(
            @ForAll @StringLength(max = 40) @Chars({'.', '!', '?', '&', ';', '#', 'x', 'a', 'm', 'p', 'A', 'B', 'b', '1', '2', '9', ' ', '"', '\u201D', '\u2019', ')', '%'}) String text) {
        assertMatchesAsFind(Normalizer.GLUED_SENTENCE, text, c -> c == '.' || c == '!' || c == '?');
        assertMatchesAsFind(Normalizer.GLUED_DIGIT, text, c -> c >= '0' && c <= '9');
        assertMatchesAsFind(Normalizer.ENTITY, text, c -> c == '&');
        assertMatchesAsFind(Normalizer.BARE_ENTITY, text, c -> c == '&');
    }

    @Test
    void patternsTriedOnlyWhereTheyCanStartFindGluedText() {
        String text = "Prices rose.Stocks fell 12Apples on &amp; off &amp &#x41; end.\u201DThe";
        assertMatchesAsFind(Normalizer.GLUED_SENTENCE, text, c -> c == '.' || c == '!' || c == '?');
        assertMatchesAsFind(Normalizer.GLUED_DIGIT, text, c -> c >= '0' && c <= '9');
        assertMatchesAsFind(Normalizer.ENTITY, text, c -> c == '&');
        assertMatchesAsFind(Normalizer.BARE_ENTITY, text, c -> c == '&');
        List<String> found = new ArrayList<>();
        Normalizer.eachMatch(Normalizer.GLUED_SENTENCE, text, c -> c == '.', m -> found.add(m.group()));
        assertEquals(List.of(".", ".\u201D"), found);
    }

    private static void assertMatchesAsFind(Pattern pattern, String text, java.util.function.IntPredicate canStart) {
        List<String> expected = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            expected.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        List<String> actual = new ArrayList<>();
        Normalizer.eachMatch(pattern, text, canStart, x -> actual.add(x.start() + "-" + x.end() + ":" + x.group()));
        assertEquals(expected, actual, pattern + " on '" + text + "'");
    }
}
