package org.unspin.lm;

import edu.cmu.sphinx.linguist.WordSequence;
import edu.cmu.sphinx.linguist.dictionary.Dictionary;
import edu.cmu.sphinx.linguist.dictionary.Word;
import edu.cmu.sphinx.linguist.language.ngram.trie.NgramTrieModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SphinxTrieModelTest {
    private static SphinxTrieModel model;

    @BeforeAll
    static void load() {
        model = SphinxTrieModel.bundled();
    }

    @Test
    void describesTheBundledModel() {
        assertEquals(3, model.order());
        assertEquals(72_547, model.vocabularySize());
        assertEquals("CMU Sphinx en-us trigram (72,547 words)", model.description());
        assertEquals("<s>", model.word(model.sentenceStart()));
        assertEquals(LanguageModel.UNKNOWN, model.id("<unk>"));
        assertEquals(LanguageModel.UNKNOWN, model.id("The"), "the model is lower case");
    }

    /** Whole sentences scored from <s> on and with </s> at the end, as the stack notes' figures were. */
    @Test
    void scoresSentencesAsPublished() {
        assertEquals(-10.09, sentence("the president said on tuesday"), 0.015);
        assertEquals(-16.40, sentence("the head of state mentioned on tuesday"), 0.015);
        assertEquals(-9.80, sentence("scientists also found"), 0.015);
        assertEquals(-14.72, sentence("scientists additionally found"), 0.015);
    }

    @Test
    void unknownWordsScoreTheFloorAndCutTheHistory() {
        int[] ids = ids("the", "zzqxv", "president", "said");
        assertEquals(SphinxTrieModel.UNKNOWN_LOG_PROB, model.logProb(ids, 0, 1));
        assertEquals(SphinxTrieModel.UNKNOWN_LOG_PROB, model.logProb(new int[] {LanguageModel.UNKNOWN, 123_456_789}, 0, 1));
        // after the unknown word only "president" is history for "said"
        assertEquals(model.logProb(ids("president", "said"), 0, 1), model.logProb(ids, 0, 3));
        // and "president" has none
        assertEquals(model.logProb(ids("president"), 0, 0), model.logProb(ids, 0, 2));
    }

    @Test
    void historyIsBoundedByFromAndOrder() {
        int[] ids = ids("on", "the", "president", "said");
        assertEquals(model.logProb(ids("president", "said"), 0, 1), model.logProb(ids, 2, 3));
        assertEquals(model.logProb(ids("the", "president", "said"), 0, 2), model.logProb(ids, 0, 3));
    }

    @Test
    void backsOffWithTheHistorysWeights() {
        // "president said": stored bigram; "zebra president said" has no trigram, so bigram + back-off of "zebra president" (0 if absent)
        int[] ids = ids("zebra", "president", "said");
        float bigram = model.logProb(ids("president", "said"), 0, 1);
        assertTrue(model.logProb(ids, 0, 2) <= bigram + 1e-6);
        assertTrue(sentence("the president said on tuesday") > sentence("the head of state mentioned on tuesday"));
    }

    @Test
    void rejectsOtherFilesWithTheirName() {
        LanguageModelFormatException e = assertThrows(LanguageModelFormatException.class,
                () -> SphinxTrieModel.read("x.bin", "Darpa Trigram LM".getBytes()));
        assertTrue(e.getMessage().startsWith("x.bin: "), e.getMessage());
        byte[] truncated = java.util.Arrays.copyOf("Trie Language Model".getBytes(), 30);
        truncated[19] = 3;
        assertThrows(LanguageModelFormatException.class, () -> SphinxTrieModel.read("t.bin", java.util.Arrays.copyOf(truncated, 24)));
    }

    /** Random unigrams, bigrams and trigrams, both frequent and rare words, against sphinx4's own reader. */
    @Test
    void agreesWithSphinx4OnRandomNgrams() throws Exception {
        Map<String, Word> words = new HashMap<>();
        Dictionary dictionary = (Dictionary) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Dictionary.class},
                (proxy, method, args) -> method.getName().equals("getWord")
                        ? words.computeIfAbsent((String) args[0], s -> new Word(s, null, false)) : null);
        URL location = SphinxTrieModel.class.getResource(SphinxTrieModel.BUNDLED_RESOURCE);
        NgramTrieModel reference = new NgramTrieModel("", location, null, 1, false, 3, dictionary, false, 1f, 1.0, 1f);
        reference.allocate();

        // sphinx4 answers in log base 1.0001, the unit the file stores
        double toLog10 = Math.log10(1.0001);
        Random random = new Random(42);
        String[] frequent = ("the of and to a in that is was he for it with as his on be at by i this had not are but from "
                + "or have an they which one you were her all she there would their we him been has when who will more "
                + "president said tuesday scientists also found new people year time state").split(" ");
        int checked = 0;
        for (int i = 0; i < 6000; i++) {
            int n = 1 + random.nextInt(3);
            String[] gram = new String[n];
            for (int k = 0; k < n; k++) {
                gram[k] = random.nextInt(3) == 0
                        ? model.word(random.nextInt(model.vocabularySize()))
                        : frequent[random.nextInt(frequent.length)];
            }
            if (n > 1 && gram[n - 1].equals("<s>")) {
                continue; // sphinx4 scores <s> as a predicted word only alone
            }
            Word[] sequence = new Word[n];
            for (int k = 0; k < n; k++) {
                sequence[k] = dictionary.getWord(gram[k]);
            }
            float expected = (float) (reference.getProbability(new WordSequence(sequence)) * toLog10);
            float actual = model.logProb(ids(gram), 0, n - 1);
            assertEquals(expected, actual, 2e-3, String.join(" ", gram));
            checked++;
        }
        assertTrue(checked > 5000);
    }

    private static float sentence(String text) {
        String[] words = text.split(" ");
        int[] ids = new int[words.length + 2];
        ids[0] = model.sentenceStart();
        for (int i = 0; i < words.length; i++) {
            ids[i + 1] = model.id(words[i]);
        }
        ids[words.length + 1] = model.id("</s>");
        return LanguageModel.logProb(model, ids, 0, 1, ids.length);
    }

    private static int[] ids(String... words) {
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = model.id(words[i]);
        }
        return ids;
    }
}
