package org.unspin.workflow;

import org.unspin.morphology.WordClass;
import org.unspin.wordnet.WordNet;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Clean English the engine already ships: WordNet 3.1's definitions and example sentences, read in
 * a fixed order (every {@code stride}th synset of each part of speech, starting at {@code offset}),
 * cut into documents of about {@code documentWords} words. Deterministic, and two offsets of one
 * stride never share a gloss: one slice can train what another measures.
 */
public final class GlossCorpus {

    private GlossCorpus() {
    }

    /** Documents totalling at least {@code minWords} words, a quarter from each part of speech. */
    public static List<String> documents(int offset, int stride, int minWords, int documentWords) {
        List<String> docs = new ArrayList<>();
        int perPos = minWords / 4 + 1;
        StringBuilder doc = new StringBuilder();
        int docWords = 0;
        for (WordClass pos : WordNet.PARTS_OF_SPEECH) {
            int posWords = 0;
            Iterator<String> it = WordNet.shared().glosses(pos);
            int index = 0;
            while (it.hasNext() && posWords < perPos) {
                String gloss = it.next();
                if (index++ % stride != offset) {
                    continue;
                }
                for (String sentence : sentences(gloss)) {
                    int n = countWords(sentence);
                    doc.append(sentence).append(' ');
                    docWords += n;
                    posWords += n;
                    if (docWords >= documentWords) {
                        docs.add(doc.toString().trim());
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
    public static List<String> sentences(String gloss) {
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

    /** Whitespace-separated runs holding a letter or digit. */
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
