package org.unspin.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.LexiconException;
import org.unspin.lexicon.LexiconLoader;
import org.unspin.lexicon.LexiconParser;
import org.unspin.lexicon.LexiconProblem;
import org.unspin.tokenize.PhraseKeys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-edited lexicon files: every fault is reported as file:line with what is wrong, and the rest loads. */
class LexiconFilesTest {

    private static final String HEADER = "spun\toriginal\tmatch\tcontext\tstrength\n";

    private static Lexicon read(String name, byte[] bytes) {
        LexiconParser.Collector c = new LexiconParser(PhraseKeys::words).collector();
        c.add(name, bytes);
        return c.build();
    }

    private static Lexicon read(String name, String text) {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> messages(Lexicon l) {
        return l.problems().stream().map(LexiconProblem::toString).toList();
    }

    private static void assertReported(Lexicon l, String expected) {
        assertTrue(messages(l).contains(expected), "expected '" + expected + "' in " + messages(l));
    }

    @Test
    void malformedRowsAreReportedWithFileAndLine() {
        Lexicon l = read("lexicon/bad.tsv", HEADER
                + "too\tmany\tcells\there\tstrong\tx\n"     // 2
                + "too few\n"                                // 3
                + "\tempty spun\n"                           // 4
                + "empty original\t\n"                       // 5
                + "bad match\tx\tfuzzy\n"                    // 6
                + "bad strength\tx\t\t\tmaybe\n"             // 7
                + "bad context\tx\t\tsomewhere:y\n"          // 8
                + "one two three four five six seven eight nine\tx\n" // 9
                + "same\tSame\n"                             // 10
                + "fine\tgood\n");                           // 11
        assertReported(l, "lexicon/bad.tsv:2: row has 6 columns, the header has 5 (a stray tab?)");
        assertReported(l, "lexicon/bad.tsv:3: empty 'original' column");
        assertReported(l, "lexicon/bad.tsv:4: empty 'spun' column");
        assertReported(l, "lexicon/bad.tsv:5: empty 'original' column");
        assertReported(l, "lexicon/bad.tsv:6: unknown match mode 'fuzzy' (expected lemma, noun, exact or case)");
        assertTrue(messages(l).stream().anyMatch(m -> m.startsWith("lexicon/bad.tsv:7: ") && m.contains("maybe")), messages(l).toString());
        assertTrue(messages(l).stream().anyMatch(m -> m.startsWith("lexicon/bad.tsv:8: context 'somewhere:y'")), messages(l).toString());
        assertTrue(messages(l).stream().anyMatch(m -> m.startsWith("lexicon/bad.tsv:9: spun side has 9 tokens")), messages(l).toString());
        assertReported(l, "lexicon/bad.tsv:10: both sides are 'same': the entry would change nothing");
        assertEquals(1, l.entries().size(), "only the good row loads");
        assertEquals("lexicon/bad.tsv:11", l.entries().get(0).source().toString());
        assertTrue(l.problems().stream().allMatch(p -> p.where().line() >= 1), messages(l).toString());
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondDefinition() {
        Lexicon entries = read("lexicon/d.tsv", HEADER + "a b\tc\nA  B\tc\n");
        assertReported(entries, "lexicon/d.tsv:3: duplicate of lexicon/d.tsv:2 (a b -> c)");
        Lexicon classes = read("lexicon/classes.tsv", "class\twords\n@market\tstock|bond\nmarket\tshare\n@number\tone\n");
        assertReported(classes, "lexicon/classes.tsv:3: class @market is already defined at lexicon/classes.tsv:2");
        assertReported(classes, "lexicon/classes.tsv:4: class @number is built in and cannot be redefined");
        Lexicon acronyms = read("lexicon/acronyms.tsv", "acronym\texpansion\nNYSE\tNew York Stock Exchange\nnyse\tNew York Stock Market\n");
        assertReported(acronyms, "lexicon/acronyms.tsv:3: acronym nyse is already defined at lexicon/acronyms.tsv:2");
        assertEquals(1, acronyms.acronyms().size());
        Lexicon scraping = read("lexicon/scraping.tsv", "kind\ttext\treplacement\nrepair\tâ€™\t’\nrepair\tâ€™\t'\n");
        assertReported(scraping, "lexicon/scraping.tsv:3: duplicate of lexicon/scraping.tsv:2 (repair 'â€™')");
    }

    @Test
    void headerFaultsAreReported() {
        assertReported(read("lexicon/h.tsv", "spun\toriginal\t\tnote\nx\ty\n"), "lexicon/h.tsv:1: header column 3 has no name");
        assertReported(read("lexicon/h.tsv", "spun\toriginal\tspun\nx\ty\n"), "lexicon/h.tsv:1: header names column 'spun' twice");
        assertReported(read("lexicon/h.tsv", "# only a comment\n\n"), "lexicon/h.tsv:1: warning: no header row: file is empty");
        assertReported(read("lexicon/h.tsv", ""), "lexicon/h.tsv:1: warning: no header row: file is empty");
        Lexicon misspelt = read("lexicon/h.tsv", "spun\toriginal\tcontxt\nx\ty\tnear:z\n");
        assertTrue(messages(misspelt).stream().anyMatch(m -> m.startsWith("lexicon/h.tsv:1: warning: unknown column 'contxt' is ignored")),
                messages(misspelt).toString());
        assertTrue(messages(read("lexicon/h.tsv", "foo\tbar\n")).get(0).startsWith("lexicon/h.tsv:1: unknown header [foo, bar]"));
    }

    @Test
    void boilerplateOfWildcardsOnlyIsRejected() {
        Lexicon l = read("lexicon/scraping.tsv", "kind\ttext\treplacement\nboilerplate-sentence\t*\t\nboilerplate\t * * \t\nrepair\tx\n");
        assertReported(l, "lexicon/scraping.tsv:2: boilerplate '*' has no literal text: it would match everywhere");
        assertReported(l, "lexicon/scraping.tsv:3: boilerplate '* *' has no literal text: it would match everywhere");
        assertTrue(l.scraping().stream().noneMatch(r -> r.text().contains("*")));
    }

    @Test
    void encodingFaultsAreReportedPerLine() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes("spun\toriginal\r\nfirst\tone\r\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {'c', 'a', 'f', (byte) 0xE9, '\t', 'x', '\r', '\n'});               // line 3: Latin-1
        b.writeBytes("third\tthree\r\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, '\r', '\n'});                       // line 5: binary
        b.writeBytes("fifth\tfive".getBytes(StandardCharsets.UTF_8));                                 // no final newline
        Lexicon l = read("lexicon/enc.tsv", b.toByteArray());
        assertReported(l, "lexicon/enc.tsv:1: warning: starts with a byte-order mark (ignored)");
        assertReported(l, "lexicon/enc.tsv:1: warning: CRLF line endings (read as LF)");
        assertReported(l, "lexicon/enc.tsv:3: bytes that are not UTF-8 (line skipped)");
        assertReported(l, "lexicon/enc.tsv:5: bytes that are not UTF-8 (line skipped)");
        assertEquals(List.of("lexicon/enc.tsv:2", "lexicon/enc.tsv:4", "lexicon/enc.tsv:6"),
                l.entries().stream().map(e -> e.source().toString()).toList());
    }

    @Test
    void oldMacLineEndingsAreReadAsLines() {
        Lexicon l = read("lexicon/mac.tsv", "spun\toriginal\rfirst\tone\rsecond\ttwo\r");
        assertReported(l, "lexicon/mac.tsv:1: warning: CR line endings (read as LF)");
        assertEquals(List.of("lexicon/mac.tsv:2", "lexicon/mac.tsv:3"), l.entries().stream().map(e -> e.source().toString()).toList());
    }

    @Test
    void binaryFileIsReportedNotThrown() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        Lexicon l = read("lexicon/binary.tsv", binary);
        assertTrue(l.problems().stream().anyMatch(LexiconProblem::isError), messages(l).toString());
        assertTrue(l.problems().stream().allMatch(p -> p.where().file().equals("lexicon/binary.tsv") && p.where().line() >= 1));
    }

    /** The loader a reload uses: every error of every file in one exception, each file:line. */
    @Test
    void loadingAFolderListsEveryErrorOfEveryFile(@TempDir Path root) throws IOException {
        Path dir = Files.createDirectory(root.resolve("lexicon"));
        Files.writeString(dir.resolve("a.tsv"), HEADER + "x\t\n");
        Files.write(dir.resolve("b.tsv"), new byte[] {'s', 'p', 'u', 'n', '\t', 'o', 'r', 'i', 'g', 'i', 'n', 'a', 'l', '\n', (byte) 0xC0, '\n'});
        Files.writeString(dir.resolve("c.tsv"), HEADER + "fine\tgood\n");
        LexiconException e = assertThrows(LexiconException.class, () -> new LexiconLoader(PhraseKeys::words).load(dir));
        assertEquals(List.of("lexicon/a.tsv:2: empty 'original' column", "lexicon/b.tsv:2: bytes that are not UTF-8 (line skipped)"),
                e.problems().stream().map(LexiconProblem::toString).toList());
        assertEquals(e.problems().size(), e.getMessage().lines().count(), "one line per problem");
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path root) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new LexiconLoader(PhraseKeys::words).load(root.resolve("nowhere")));
        assertEquals(root.resolve("nowhere") + ": no such directory", e.getMessage());
    }
}
