package org.unspin.robust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.StringLength;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.TestEngines;
import org.unspin.TestTexts;
import org.unspin.Unspinner;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Property tests over random text: any string (lone surrogates included), and text assembled from
 * what spun scraped pages are made of. Every restoration is loss-free and deterministic.
 */
class RandomTextPropertiesTest {

    private static final Unspinner ENGINE = TestEngines.defaults();

    /** Pieces of spun, scraped text: spun phrases, guard words, quotes, entities, glue, line ends, scripts. */
    private static final List<String> PIECES = List.of(
            "Federal Reservoir", "killing try", "little hats", "Head of state", "depending on to", "rate of interest decreases",
            "is actually", "that is", "will certainly", "and also", "full", "10", "weeks", "Stock market", "(NYSE)", "NYSE",
            "a", "an", "A", "The", "the", "said", "rallied", "economic climate", "Joe", "Biden", ",", ".", "!", "?", ";", ":",
            "\"", "'", "\u2019", "\u201C", "\u201D", "(", ")", "-", "\u2014", "&amp;", "&amp", "&#8217;", "&#x1F600;", "&nbsp;",
            "S&ampP", "<p>", "</p>", "City.Spencer", "rotationInvestors", "2000Fundstrat", "Getty ImagesSmall-cap", "\u00e2\u20ac\u2122",
            "Click here to subscribe", "Stock Chart Icon", "U.S.", "3.5%", "1,000", "it's", "don't", "benchmark's",
            " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u0000", "\u0007", "\u00A0", "\u200B", "\uFEFF", "\uFFFD",
            "\uD83D\uDE80", "\uD83D\uDC4D\uD83C\uDFFD", "e\u0301", "\u0301", "\u05E9\u05DC\u05D5\u05DD", "\u0627\u0644\u0633\u0644\u0627\u0645",
            "\u202E", "\uD800", "\uDC00", "\uD81A\uDF56", "\u0130", "\u00DF", "\uFB01");

    @Provide
    Arbitrary<String> spunScrapedText() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(PIECES)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(6)));
        return piece.list().ofMaxSize(80).map(parts -> String.join(" ", parts.subList(0, parts.size() / 2))
                + String.join("", parts.subList(parts.size() / 2, parts.size())));
    }

    @Provide
    Arbitrary<String> anyCharacters() {
        return Arbitraries.strings().all().ofMaxLength(400);
    }

    @Property(tries = 300)
    void anyStringRestoresLossFree(@ForAll("anyCharacters") String text, @ForAll boolean assumeSpun) {
        Restoration r = ENGINE.restore(text, new RestoreOptions(assumeSpun));
        assertEquals(text, r.input());
        TestTexts.assertEditsReproduceText(r);
    }

    @Property(tries = 400)
    void spunScrapedTextRestoresLossFree(@ForAll("spunScrapedText") String text, @ForAll boolean assumeSpun) {
        Restoration r = ENGINE.restore(text, new RestoreOptions(assumeSpun));
        assertEquals(text, r.input());
        TestTexts.assertEditsReproduceText(r);
    }

    @Property(tries = 100)
    void restoringIsDeterministic(@ForAll("spunScrapedText") String text) {
        assertEquals(ENGINE.restore(text), ENGINE.restore(text));
    }

    /** Printable ASCII words and blanks only: nothing to repair, so the engine must not touch what is not spin. */
    @Property(tries = 200)
    void plainLowerCaseWordsAreNotRepaired(@ForAll @StringLength(max = 200) String seed) {
        String text = seed.chars().mapToObj(c -> Character.isLetter(c) && c < 128 ? String.valueOf((char) Character.toLowerCase(c)) : " ")
                .reduce("", String::concat);
        Restoration r = ENGINE.restore(text);
        TestTexts.assertEditsReproduceText(r);
        assertEquals(0, r.normalizationCount(), r.edits().toString());
    }
}
