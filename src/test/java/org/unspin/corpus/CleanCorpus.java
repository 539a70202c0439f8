package org.unspin.corpus;

import org.unspin.TestTexts;
import org.unspin.workflow.GlossCorpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Clean, unspun English the project may ship: the reference original plus WordNet 3.1's own
 * definitions and example sentences ({@link GlossCorpus}, every {@value #STRIDE}th synset of each
 * part of speech from the first), cut into documents of about {@value #DOCUMENT_WORDS} words.
 * Deterministic: the same corpus on every machine. The learned scorer trains on another slice.
 */
public final class CleanCorpus {

    static final int STRIDE = 3;
    static final int DOCUMENT_WORDS = 250;

    private CleanCorpus() {
    }

    /** Documents totalling at least {@code minWords} words. */
    public static List<String> documents(int minWords) {
        List<String> docs = new ArrayList<>();
        docs.add(String.join(" ", TestTexts.referenceOriginal().split("\\s+")).trim());
        docs.addAll(GlossCorpus.documents(0, STRIDE, minWords - countWords(docs.get(0)), DOCUMENT_WORDS));
        return docs;
    }

    public static int countWords(String s) {
        return GlossCorpus.countWords(s);
    }
}
