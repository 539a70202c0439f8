package org.unspin.lm;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CachingLanguageModelTest {

    @Test
    void answersExactlyAsTheModelItCaches() {
        LanguageModel model = LanguageModels.bundled();
        LanguageModel cached = new CachingLanguageModel(model);
        String[] words = "the president said on tuesday that the bank has enough reserves and qzxv will say more".split(" ");
        Random random = new Random(7);
        int[] ids = new int[6];
        for (int round = 0; round < 20_000; round++) {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = random.nextInt(10) == 0 ? model.sentenceStart() : model.id(words[random.nextInt(words.length)]);
            }
            int position = random.nextInt(ids.length);
            int from = random.nextInt(position + 1);
            assertEquals(model.logProb(ids, from, position), cached.logProb(ids, from, position), 0f,
                    "round " + round);
        }
        assertEquals(model.order(), cached.order());
        assertEquals(model.id("bank"), cached.id("bank"));
        assertEquals(model.unknownLogProb(), cached.unknownLogProb(), 0f);
    }

    @Test
    void theViewForOneThreadAnswersAsTheModelOnThatThreadAndOnOthers() throws Exception {
        LanguageModel model = LanguageModels.bundled();
        CachingLanguageModel cached = new CachingLanguageModel(model);
        LanguageModel view = cached.forCallingThread();
        int[] ids = {model.sentenceStart(), model.id("the"), model.id("bank"), model.id("has"), model.id("enough"), model.id("qzxv")};
        float[] expected = new float[ids.length];
        for (int p = 0; p < ids.length; p++) {
            expected[p] = model.logProb(ids, 0, p);
            assertEquals(expected[p], view.logProb(ids, 0, p), 0f);
            assertEquals(expected[p], view.logProb(ids, 0, p), 0f, "again, from the cache");
        }
        float[] elsewhere = new float[ids.length];
        Thread other = new Thread(() -> {
            for (int p = 0; p < ids.length; p++) {
                elsewhere[p] = view.logProb(ids, 0, p);
            }
        });
        other.start();
        other.join();
        assertArrayEquals(expected, elsewhere, 0f);
        assertEquals(model.id("bank"), view.id("bank"));
        assertEquals(model.order(), view.order());
    }
}
