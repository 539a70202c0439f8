package org.unspin.lexicon;

import org.junit.jupiter.api.Test;

import org.unspin.tokenize.PhraseKeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconParserTest {

    private static Lexicon read(String name, String text) {
        LexiconParser.Collector c = new LexiconParser(PhraseKeys::words).collector();
        c.add(name, text.getBytes(StandardCharsets.UTF_8));
        return c.build();
    }

    private static List<String> messages(Lexicon l) {
        return l.problems().stream().map(LexiconProblem::toString).toList();
    }

    @Test
    void readsEntriesWithContextAndExamples() {
        Lexicon l = read("lexicon/t.tsv", "# comment\nspun\toriginal\tmatch\tcontext\tstrength\texample\tclean\n"
                + "killing try\tassassination attempt\texact\t!prev:no near:@number\tstrong\tA killing try. => An assassination attempt.\tNo.\n");
        assertEquals(List.of(), messages(l));
        LexiconEntry e = l.entries().get(0);
        assertEquals(List.of("killing", "try"), e.spunWords());
        assertEquals(MatchMode.EXACT, e.match());
        assertEquals(2, e.conditions().size());
        assertTrue(e.conditions().get(0).negated());
        assertEquals(Condition.Where.NEAR, e.conditions().get(1).where());
        assertEquals(2, e.examples().size());
        assertEquals("lexicon/t.tsv:3", e.source().toString());
    }

    @Test
    void reportsEveryMalformedRowWithFileAndLine() {
        Lexicon l = read("lexicon/bad.tsv", "spun\toriginal\tmatch\tcontext\n"
                + "a\tb\tfuzzy\n"
                + "c\td\t\tabove:x\n"
                + "\te\n"
                + "same\tsame\n"
                + "x\ty\t\t\textra\n"
                + "f\tg\t\tnear:@nosuchclass\n");
        List<String> m = messages(l);
        assertTrue(m.contains("lexicon/bad.tsv:2: unknown match mode 'fuzzy' (expected lemma, noun, exact or case)"), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("lexicon/bad.tsv:3: context 'above:x'")), m.toString());
        assertTrue(m.contains("lexicon/bad.tsv:4: empty 'spun' column"), m.toString());
        assertTrue(m.contains("lexicon/bad.tsv:5: both sides are 'same': the entry would change nothing"), m.toString());
        assertTrue(m.contains("lexicon/bad.tsv:6: row has 5 columns, the header has 4 (a stray tab?)"), m.toString());
        assertTrue(m.contains("lexicon/bad.tsv:7: context names class @nosuchclass, which no classes file defines"), m.toString());
        assertTrue(l.entries().isEmpty());
    }

    @Test
    void findsDuplicatesAndContradictions() {
        Lexicon l = read("lexicon/d.tsv", "spun\toriginal\na b\tc\na b\tc\na b\td\n");
        List<String> m = messages(l);
        assertTrue(m.contains("lexicon/d.tsv:3: duplicate of lexicon/d.tsv:2 (a b -> c)"), m.toString());
        assertTrue(m.contains("lexicon/d.tsv:4: contradicts lexicon/d.tsv:2: same spun side and context, 'c' there, 'd' here"), m.toString());
        assertEquals(1, l.entries().size());
    }

    @Test
    void bomAndCrlfAreWarningsAndBadBytesAnError() {
        byte[] bad = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 's', 'p', 'u', 'n', '\t', 'o', 'r', 'i', 'g', 'i', 'n', 'a', 'l', '\r', '\n',
                'a', '\t', 'b', '\r', '\n', (byte) 0xC3, (byte) 0x28, '\t', 'x', '\n'};
        LexiconParser.Collector c = new LexiconParser(PhraseKeys::words).collector();
        c.add("lexicon/enc.tsv", bad);
        Lexicon l = c.build();
        List<String> m = messages(l);
        assertTrue(m.contains("lexicon/enc.tsv:1: warning: starts with a byte-order mark (ignored)"), m.toString());
        assertTrue(m.contains("lexicon/enc.tsv:1: warning: CRLF line endings (read as LF)"), m.toString());
        assertTrue(m.contains("lexicon/enc.tsv:3: bytes that are not UTF-8 (line skipped)"), m.toString());
        assertEquals(1, l.entries().size());
    }

    @Test
    void unknownHeaderIsAnError() {
        Lexicon l = read("lexicon/u.tsv", "foo\tbar\n1\t2\n");
        assertTrue(messages(l).get(0).startsWith("lexicon/u.tsv:1: unknown header [foo, bar]"));
    }

    @Test
    void bundledLexiconLoadsWithoutErrors() {
        Lexicon l = new LexiconLoader(PhraseKeys::words).readDirectory(Path.of("lexicon"));
        List<LexiconProblem> errors = l.problems().stream().filter(LexiconProblem::isError).toList();
        assertEquals(List.of(), errors);
        assertFalse(l.entries().isEmpty());
        assertFalse(l.scraping().isEmpty());
        assertFalse(l.acronyms().isEmpty());
    }
}
