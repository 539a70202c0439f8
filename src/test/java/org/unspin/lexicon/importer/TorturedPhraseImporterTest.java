package org.unspin.lexicon.importer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.lexicon.LexiconLoader;
import org.unspin.lexicon.LexiconProblem;
import org.unspin.lexicon.MatchMode;
import org.unspin.lexicon.Strength;
import org.unspin.tokenize.PhraseKeys;
import org.unspin.wordnet.WordNet;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The importer on a small fixture with one or more rows for every drop rule and every kind of kept entry. */
class TorturedPhraseImporterTest {

    private static Path fixture;
    private static TorturedPhraseImporter importer;
    private static TorturedPhraseImporter.Conversion conversion;

    @BeforeAll
    static void convertFixture() throws IOException, URISyntaxException {
        fixture = Path.of(TorturedPhraseImporterTest.class.getResource("pps-fixture.tsv").toURI());
        Map<String, CarrierSentences.Carrier> carriers = CarrierSentences.parse(List.of(
                "spun\texample\tclean",
                "counterfeit consciousness\tCounterfeit consciousness helps. => Artificial intelligence helps.\tArtificial intelligence helps.",
                "bosom\tThe bosom was examined. => The breast was examined.\tThe breast was examined.",
                "no such phrase\tA. => B.\tC."), PhraseKeys::words);
        Map<String, String> reviewed = ReviewedPhrases.parse(List.of("spun\treason", "elderly folks\tordinary English (news)"),
                PhraseKeys::words);
        importer = new TorturedPhraseImporter(WordNet.shared(), PhraseKeys::words, carriers, reviewed);
        conversion = importer.convert(PpsPairReader.read(fixture));
    }

    private static ImportReport report() {
        return conversion.report();
    }

    private static Optional<ScienceEntry> entry(String phrase) {
        return conversion.entries().stream().filter(e -> e.phrase().equalsIgnoreCase(phrase)).findFirst();
    }

    private static ScienceEntry kept(String phrase) {
        return entry(phrase).orElseThrow(() -> new AssertionError("'" + phrase + "' was not kept"));
    }

    @Test
    void everyRowIsKeptOrCountedUnderOneDropReason() {
        assertEquals(37, report().read());
        assertEquals(17, report().kept());
        assertEquals(report().read(), report().kept() + report().droppedTotal());
    }

    @Test
    void rowLevelRulesDropNotesListsAndNonSubstitutions() {
        assertEquals(1, report().dropped(DropReason.MALFORMED), "row without a paper count");
        assertEquals(1, report().dropped(DropReason.EMPTY), "empty spun side");
        assertEquals(1, report().dropped(DropReason.UNSURE), "rythm pattern (?)");
        assertEquals(1, report().dropped(DropReason.BRACKETS), "business intelligence (BI)");
        assertEquals(1, report().dropped(DropReason.ANNOTATION), "social influence, see https://...");
        assertEquals(1, report().dropped(DropReason.QUOTES), "escaped quotes");
        assertEquals(3, report().dropped(DropReason.LIST), "AND list, 'or' alternatives, comma alternatives");
        assertEquals(1, report().dropped(DropReason.ALTERNATIVES), "economic development/profit growth");
        assertEquals(1, report().dropped(DropReason.NO_LETTERS), "five-hitter -> 5");
        assertEquals(1, report().dropped(DropReason.SAME), "innovative coronavirus -> itself");
        assertEquals(1, report().dropped(DropReason.FUNCTION_WORD), "area unit -> are");
        assertEquals(1, report().dropped(DropReason.TOO_LONG), "seven-word spun side");
        assertEquals(1, report().dropped(DropReason.SENTENCE), "expected side ends in an ellipsis");
        assertTrue(entry("cadence design").isEmpty());
        assertTrue(entry("area unit").isEmpty());
    }

    @Test
    void duplicatesKeepTheRowWithMostPapers() {
        assertEquals(1, report().dropped(DropReason.DUPLICATE));
        ScienceEntry e = kept("neural organization");
        assertEquals("neural network", e.original());
        assertEquals(500, e.papers());
        assertTrue(e.note().contains("listed as 'neural organizations'"), e.note());
    }

    @Test
    void conflictingExpectedValuesDropBothUnlessOneHasThreeTimesThePapers() {
        assertEquals(2, report().dropped(DropReason.CONFLICT));
        assertTrue(entry("selection timber").isEmpty());
        assertEquals(1, report().dropped(DropReason.OUTVOTED));
        ScienceEntry e = kept("hyper-boundaries");
        assertEquals("hyperparameters", e.original());
        assertTrue(e.note().contains("outvotes 'hyper-parameters' (10)"), e.note());
    }

    @Test
    void anExpectedValueThatIsAnotherPairsTorturedPhraseIsDropped() {
        assertEquals(1, report().dropped(DropReason.CHAINED));
        assertTrue(entry("congested tree").isEmpty());
        assertEquals(Strength.STRONG, kept("choice tree").strength());
    }

    @Test
    void ordinaryEnglishIsWeakWithItsReasonInTheNote() {
        assertWeak("bosom", "weak: single word");
        assertWeak("hyper-boundaries", "weak: single word");
        assertWeak("supply route", "weak: WordNet lemma");
        assertWeak("malignant growth", "weak: in WordNet glosses");
        assertWeak("elderly folk", "weak: reviewed, ordinary English (news)");
        assertWeak("profound learning", "weak: the screener's query needs co-occurring words");
        for (String strong : List.of("neural organization", "counterfeit consciousness", "outcomes likewise",
                "gatherings clustering", "choice tree")) {
            assertEquals(Strength.STRONG, kept(strong).strength(), strong);
            assertFalse(kept(strong).note().contains("weak"), strong);
        }
        assertEquals(6, report().weak());
        assertEquals(11, report().strong());
        assertTrue(kept("bosom").note().startsWith("PPS 13940 papers"), kept("bosom").note());
    }

    private static void assertWeak(String phrase, String reason) {
        ScienceEntry e = kept(phrase);
        assertEquals(Strength.WEAK, e.strength(), phrase);
        assertTrue(e.note().contains(reason), phrase + ": " + e.note());
    }

    @Test
    void nounPhrasesMatchSingularAndPluralOthersExactly() {
        assertEquals(MatchMode.NOUN, kept("neural organization").match());
        ScienceEntry ailment = kept("heart ailment");
        assertEquals(MatchMode.NOUN, ailment.match());
        assertEquals("heart disease", ailment.original());
        assertEquals(MatchMode.EXACT, kept("outcomes likewise").match(), "ends in an adverb");
        assertEquals(MatchMode.EXACT, kept("include choice").match(), "'includes choice' is ordinary English");
        assertTrue(conversion.entries().stream().noneMatch(e -> e.match() == MatchMode.LEMMA));
    }

    @Test
    void aSharedLeadingAcronymBecomesAGuard() {
        ScienceEntry dna = kept("DNA harm");
        assertEquals("harm", dna.spun());
        assertEquals("damage", dna.original());
        assertEquals("prev:dna", dna.context());
    }

    @Test
    void headingCaseExpectedValuesAreLoweredButNamesKept() {
        assertEquals("analysis method", kept("test technique").original());
        assertEquals("Hall effect", kept("corridor impact").original());
    }

    @Test
    void examplesGoOnStrongEntriesOnly() {
        assertTrue(kept("counterfeit consciousness").example().startsWith("Counterfeit consciousness helps."));
        assertEquals("Artificial intelligence helps.", kept("counterfeit consciousness").clean());
        assertEquals("", kept("bosom").example());
        assertTrue(report().warnings().contains("example for 'bosom' not used: the entry is weak"), report().warnings().toString());
        assertTrue(report().warnings().contains("example for 'no such phrase' not used: no such entry"));
    }

    @Test
    void termsAreTheExpectedPhrasesOfTwoToFourWords() {
        List<String> terms = conversion.terms();
        assertTrue(terms.contains("artificial intelligence"));
        assertTrue(terms.contains("neural network"));
        assertFalse(terms.contains("clustering"), "one word");
        assertFalse(terms.contains("big data analysis for sensors"), "five words");
        assertFalse(terms.contains("decision forest"), "from a dropped pair");
    }

    @Test
    void headersCarryTheAttributionAndTheCounts() {
        List<String> lexicon = ScienceLexiconWriter.lexiconLines(conversion.entries(), report());
        String attribution = "# Tortured-phrase fingerprints from the Problematic Paper Screener (Cabanac, Labbé & Magazinov,"
                + " 'Tortured phrases: A dubious writing style emerging in science', arXiv:2107.06751), CC BY 4.0;"
                + " via github.com/hahuyhoang411/tortured-phrase data/tortured.csv commit d096655."
                + " Filtered and converted by TorturedPhraseImporter: 17 of 37 kept.";
        assertEquals(attribution, lexicon.get(0));
        assertTrue(lexicon.stream().anyMatch(l -> l.startsWith("#") && l.contains("unspin import-pps --out lexicon/science.tsv")));
        assertTrue(lexicon.contains("#   3  " + DropReason.LIST.description()));
        assertTrue(lexicon.contains("spun\toriginal\tmatch\tcontext\tstrength\texample\tclean\tnote"));
        List<String> terms = ScienceLexiconWriter.termLines(conversion.terms(), report());
        assertEquals(attribution, terms.get(0));
        assertTrue(terms.contains("term\tcategory"));
        assertTrue(terms.contains("artificial intelligence\tscience"));
    }

    @Test
    void writtenFilesLoadThroughTheLexiconParserWithoutErrors(@TempDir Path dir) throws IOException {
        Path lexiconDir = Files.createDirectory(dir.resolve("lexicon"));
        ImportReport written = importer.run(fixture, lexiconDir.resolve("science.tsv"), lexiconDir.resolve("terms-science.tsv"));
        assertEquals(17, written.kept());
        Lexicon lexicon = new LexiconLoader(PhraseKeys::words).readDirectory(lexiconDir);
        assertEquals(List.of(), lexicon.problems().stream().filter(LexiconProblem::isError).toList());
        assertEquals(17, lexicon.entries().size());
        assertEquals(conversion.terms().size(), lexicon.terms().size());
        LexiconEntry dna = lexicon.entries().stream().filter(e -> e.spun().equals("harm")).findFirst().orElseThrow();
        assertEquals("[prev:dna]", dna.conditions().toString());
        assertTrue(Files.readString(lexiconDir.resolve("science.tsv"), StandardCharsets.UTF_8).endsWith("\n"));
    }
}
