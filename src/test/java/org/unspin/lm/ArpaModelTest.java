package org.unspin.lm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArpaModelTest {
    private static final float EPS = 1e-6f;

    private static ArpaModel tiny() throws IOException {
        try (InputStream in = ArpaModelTest.class.getResourceAsStream("tiny.arpa")) {
            return ArpaModel.read("tiny.arpa", in);
        }
    }

    @Test
    void readsCountsAndVocabulary() throws IOException {
        ArpaModel model = tiny();
        assertEquals(3, model.order());
        assertEquals(6, model.vocabularySize());
        assertEquals(0, model.sentenceStart());
        assertEquals(2, model.id("cat"));
        assertEquals(LanguageModel.UNKNOWN, model.id("Cat"));
        assertEquals("ARPA trigram tiny.arpa (6 words)", model.description());
    }

    @Test
    void storedNgramsScoreTheirOwnProbability() throws IOException {
        ArpaModel m = tiny();
        assertEquals(-0.2f, score(m, "<s> the cat"), EPS);
        assertEquals(-0.3f, score(m, "the cat sat"), EPS);
        assertEquals(-0.5f, score(m, "the cat"), EPS);
        assertEquals(-1.5f, score(m, "sat"), EPS);
    }

    @Test
    void backsOffByHand() throws IOException {
        ArpaModel m = tiny();
        // no (<s> the sat), no (the sat): p(sat) + bo(the) + bo(<s> the) = -1.5 - 0.3 - 0.25
        assertEquals(-2.05f, score(m, "<s> the sat"), EPS);
        // no (cat sat the), no (sat the): p(the) + bo(sat) + bo(cat sat), the last stored without a weight = -0.7 - 0.1 + 0
        assertEquals(-0.8f, score(m, "cat sat the"), EPS);
        // no (cat sat </s>): p(sat </s>) + bo(cat sat) = -0.8 + 0
        assertEquals(-0.8f, score(m, "cat sat </s>"), EPS);
        // no (sat the cat): p(the cat) + bo(sat the), a history not stored = -0.5 + 0
        assertEquals(-0.5f, score(m, "sat the cat"), EPS);
        // bigram history only: no (cat the): p(the) + bo(cat) = -0.7 - 0.2
        assertEquals(-0.9f, score(m, "cat the"), EPS);
    }

    @Test
    void unknownWordsGetUnkAndCutTheHistory() throws IOException {
        ArpaModel m = tiny();
        assertEquals(-3.0f, m.unknownLogProb(), EPS);
        int[] ids = {m.id("the"), m.id("dog"), m.id("cat")};
        assertEquals(-3.0f, m.logProb(ids, 0, 1), EPS);
        assertEquals(-1.2f, m.logProb(ids, 0, 2), EPS, "p(cat) alone: the history stops at the unknown word");
        assertEquals(-3.0f, m.logProb(new int[] {99}, 0, 0), EPS, "an id outside the vocabulary is unknown too");
    }

    @Test
    void fromBoundsTheHistory() throws IOException {
        ArpaModel m = tiny();
        int[] ids = {m.id("<s>"), m.id("the"), m.id("cat")};
        assertEquals(-0.2f, m.logProb(ids, 0, 2), EPS);
        assertEquals(-0.5f, m.logProb(ids, 1, 2), EPS);
        assertEquals(-1.2f, m.logProb(ids, 2, 2), EPS);
        assertEquals(-0.2f - 0.4f, LanguageModel.logProb(m, ids, 0, 1, 3), EPS);
    }

    @Test
    void modelWithoutUnkUsesTheFloor() throws IOException {
        ArpaModel m = parse("\\data\\\nngram 1=2\n\n\\1-grams:\n-1 a\n-1 b\n\n\\end\\\n");
        assertEquals(1, m.order());
        assertEquals(ArpaModel.UNKNOWN_LOG_PROB, m.unknownLogProb());
        assertEquals(LanguageModel.UNKNOWN, m.sentenceStart());
        assertEquals(-1f, m.logProb(new int[] {0, 1}, 0, 1), EPS);
    }

    @Test
    void fourGramBacksOffThroughEveryHistory() throws IOException {
        ArpaModel m = parse("""
                \\data\\
                ngram 1=4
                ngram 2=3
                ngram 3=2
                ngram 4=1

                \\1-grams:
                -1.0 a -0.1
                -1.1 b -0.2
                -1.2 c -0.3
                -1.3 d -0.4

                \\2-grams:
                -0.5 a b -0.01
                -0.6 b c -0.02
                -0.7 c d -0.03

                \\3-grams:
                -0.3 a b c -0.001
                -0.35 b c d -0.002

                \\4-grams:
                -0.1 a b c d

                \\end\\
                """);
        assertEquals(4, m.order());
        assertEquals(-0.1f, score(m, "a b c d"), EPS);
        // (b c a) absent: p(a) + bo(c) + bo(b c) + bo(a b c) = -1.0 - 0.3 - 0.02 - 0.001
        assertEquals(-1.321f, score(m, "a b c a"), EPS);
        // (a b c b) absent, (b c b) absent, (c b) absent
        assertEquals(-1.1f - 0.3f - 0.02f - 0.001f, score(m, "a b c b"), EPS);
        // (d b c d) absent, (b c d) stored: p(b c d) + bo(d b c), not stored = -0.35
        assertEquals(-0.35f, score(m, "d b c d"), EPS);
    }

    @Test
    void gzipFilesLoadByPath(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("tiny.arpa.gz");
        try (InputStream in = ArpaModelTest.class.getResourceAsStream("tiny.arpa");
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(out);
        }
        LanguageModel model = LanguageModels.load(gz);
        assertInstanceOf(ArpaModel.class, model);
        assertEquals(-2.05f, score(model, "<s> the sat"), EPS);
    }

    @Test
    void malformedFilesNameFileAndLine() {
        assertProblem("x.arpa:1: no \\data\\ section: not an ARPA language model", "hello\n");
        assertProblem("x.arpa:7: \"abc\" is not a number", "\\data\\\nngram 1=2\n\n\\1-grams:\n-1 a\n\nabc b\n\\end\\\n");
        assertProblem("x.arpa:6: log10 probability 0.5 is above 0", "\\data\\\nngram 1=2\n\n\\1-grams:\n-1 a\n0.5 b\n\\end\\\n");
        assertProblem("x.arpa:9: \"c\" is not among the 1-grams",
                "\\data\\\nngram 1=2\nngram 2=1\n\n\\1-grams:\n-1 a\n-1 b\n\\2-grams:\n-1 a c\n\\end\\\n");
        assertProblem("x.arpa:7: the \\1-grams section ends after 2 of the 3 lines that \\data\\ declares",
                "\\data\\\nngram 1=3\n\n\\1-grams:\n-1 a\n-1 b\n\\end\\\n");
        assertProblem("x.arpa:6: 1-gram \"a\" is listed twice (first on line 4)",
                "\\data\\\nngram 1=3\n\\1-grams:\n-1 a\n-1 b\n-1 a\n\\end\\\n");
        assertProblem("x.arpa:5: expected a log10 probability, 1 word and an optional back-off weight",
                "\\data\\\nngram 1=1\n\\1-grams:\n\n-1 a b c d\n\\end\\\n");
        assertProblem("x.arpa:5: expected \\end\\ after the 1-grams", "\\data\\\nngram 1=1\n\\1-grams:\n-1 a\n-1 b\n");
        assertProblem("x.arpa:3: ngram 3 declared after ngram 1", "\\data\\\nngram 1=1\nngram 3=1\n");
    }

    @Test
    void loadTellsTheFormatByContent(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("model.bin"); // the name does not matter
        try (InputStream in = ArpaModelTest.class.getResourceAsStream("tiny.arpa")) {
            Files.copy(in, text);
        }
        assertInstanceOf(ArpaModel.class, LanguageModels.load(text));
        Path empty = Files.writeString(dir.resolve("empty"), "");
        assertThrows(LanguageModelFormatException.class, () -> LanguageModels.load(empty));
    }

    private static void assertProblem(String expected, String text) {
        LanguageModelFormatException e = assertThrows(LanguageModelFormatException.class, () -> parse(text));
        assertEquals(expected, e.getMessage());
    }

    private static ArpaModel parse(String text) throws IOException {
        return ArpaModel.read("x.arpa", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** log10 P(last word | the words before it) */
    private static float score(LanguageModel model, String words) {
        String[] split = words.split(" ");
        int[] ids = new int[split.length];
        for (int i = 0; i < split.length; i++) {
            ids[i] = model.id(split[i]);
        }
        return model.logProb(ids, 0, ids.length - 1);
    }
}
