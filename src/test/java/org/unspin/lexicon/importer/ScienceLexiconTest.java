package org.unspin.lexicon.importer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unspin.Restoration;
import org.unspin.Unspinner;
import org.unspin.lexicon.Example;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.lexicon.LexiconLoader;
import org.unspin.lexicon.LexiconProblem;
import org.unspin.lexicon.MatchMode;
import org.unspin.lexicon.Strength;
import org.unspin.tokenize.PhraseKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed lexicon/science.tsv and terms-science.tsv: they load cleanly and restore science text, not news. */
class ScienceLexiconTest {

    private static final Path LEXICON = Path.of("lexicon");

    private static Lexicon lexicon;
    private static Unspinner engine;

    @BeforeAll
    static void load() {
        lexicon = new LexiconLoader(PhraseKeys::words).readDirectory(LEXICON);
        engine = Unspinner.builder().lexicon(LEXICON).build();
    }

    private static List<LexiconEntry> scienceEntries() {
        return lexicon.entries().stream().filter(e -> e.category().equals("science")).toList();
    }

    @Test
    void committedFilesLoadWithoutErrors() {
        List<LexiconProblem> problems = lexicon.problems().stream()
                .filter(p -> p.where().file().contains("science")).toList();
        assertEquals(List.of(), problems);
        assertTrue(scienceEntries().size() > 5000, "entries: " + scienceEntries().size());
        assertTrue(lexicon.terms().stream().filter(t -> t.category().equals("science")).count() > 3000);
        assertTrue(scienceEntries().stream().noneMatch(e -> e.match() == MatchMode.LEMMA));
    }

    @Test
    void committedFilesCarryTheAttribution() throws IOException {
        for (String file : List.of("science.tsv", "terms-science.tsv")) {
            String first = Files.readAllLines(LEXICON.resolve(file), StandardCharsets.UTF_8).get(0);
            assertTrue(first.startsWith("# Tortured-phrase fingerprints from the Problematic Paper Screener (Cabanac, Labbé & Magazinov,"
                    + " 'Tortured phrases: A dubious writing style emerging in science', arXiv:2107.06751), CC BY 4.0;"), file);
            assertTrue(first.matches(".*Filtered and converted by TorturedPhraseImporter: [0-9,]+ of 7,644 kept\\."), first);
        }
    }

    @Test
    void examplesSitOnStrongEntriesOnly() {
        long withExamples = scienceEntries().stream().filter(e -> !e.examples().isEmpty()).count();
        assertTrue(withExamples >= 20, "entries with examples: " + withExamples);
        assertTrue(scienceEntries().stream().filter(e -> !e.examples().isEmpty()).allMatch(e -> e.strength() == Strength.STRONG));
    }

    @Test
    void everyScienceExampleRestoresAndEveryCleanSentenceStays() {
        List<String> failures = new ArrayList<>();
        for (LexiconEntry e : scienceEntries()) {
            for (Example x : e.examples()) {
                String want = x.isClean() ? x.input() : x.expected();
                String got = engine.restore(x.input()).text();
                if (!got.equals(want)) {
                    failures.add(e.source() + " " + e.describe() + ": got \"" + got + "\", want \"" + want + "\"");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We trained a neural organization on 500 scans.      | We trained a neural network on 500 scans.",
            "Two neural organizations were compared.             | Two neural networks were compared.",
            "The huge information pipeline runs nightly.          | The big data pipeline runs nightly.",
            "Counterfeit consciousness reads the scans.          | Artificial intelligence reads the scans.",
            "The model needs preparation information.            | The model needs training data.",
            "We add a consideration system to the decoder.       | We add an attention mechanism to the decoder.",
            "UV light causes DNA harm.                           | UV light causes DNA damage.",
    })
    void strongTorturedPhrasesAreRestoredAndTheirRestorationStays(String spun, String original) {
        assertEquals(original, engine.restore(spun).text());
        Restoration again = engine.restore(original);
        assertEquals(original, again.text());
        assertEquals(0, again.editCount());
    }

    @Test
    void weakEntriesNeedADocumentThatShowsSpin() {
        String plain = "The bosom of the family was warm, and the malignant growth was removed.";
        assertEquals(plain, engine.restore(plain).text());
    }

    @Test
    void ordinaryNewsEnglishIsLeftAlone() throws IOException {
        String news = Files.readString(Path.of("examples/cnbc-small-caps/original.txt"), StandardCharsets.UTF_8);
        Restoration r = engine.restore(news);
        assertEquals(List.of(), r.edits());
    }
}
