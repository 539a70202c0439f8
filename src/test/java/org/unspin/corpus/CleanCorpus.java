package org.unspin.corpus;

import org.unspin.TestTexts;
import org.unspin.morphology.WordClass;
import org.unspin.wordnet.WordNet;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Clean, unspun English the project may ship: the reference original plus WordNet 3.1's own
 * definitions and example sentences, read from the embedded data in a fixed order (every
 * {@value #STRIDE}th synset of each part of speech), cut into documents of about
 * {@value #DOCUMENT_WORDS} words. Deterministic: the same corpus on every machine.
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
        int words = countWords(docs.get(0));
        int perPos = (minWords - words) / 4 + 1;
        StringBuilder doc = new StringBuilder();
        int docWords = 0;
        for (WordClass pos : WordNet.PARTS_OF_SPEECH) {
            int posWords = 0;
            Iterator<String> it = WordNet.shared().glosses(pos);
            int index = 0;
            while (it.hasNext() && posWords < perPos) {
                String gloss = it.next();
                if (index++ % STRIDE != 0) {
                    continue;
                }
                for (String sentence : sentences(gloss)) {
                    int n = countWords(sentence);
                    doc.append(sentence).append(' ');
                    docWords += n;
                    posWords += n;
                    if (docWords >= DOCUMENT_WORDS) {
                        docs.add(doc.toString().trim());
                        words += docWords;
                        doc.setLength(0);
                        docWords = 0;
                    }
                }
            }
        }
        if (docWords > 0) {
            docs.add(doc.toString().trim());
        }
        return docs;
    }

    /** A gloss is "definition; \"example\"; \"example\"": each part becomes a sentence. */
    static List<String> sentences(String gloss) {
        List<String> out = new ArrayList<>();
        for (String part : gloss.split(";")) {
            String p = part.trim();
            if (p.startsWith("\"")) {
                p = p.replace("\"", "").trim();
            }
            if (p.length() < 3) {
                continue;
            }
            p = p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1);
            char last = p.charAt(p.length() - 1);
            if (last != '.' && last != '!' && last != '?') {
                p = p + ".";
            }
            out.add(p);
        }
        return out;
    }

    public static int countWords(String s) {
        int n = 0;
        for (String w : s.split("\\s+")) {
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }
}
