package org.unspin.candidates.terms;

import org.unspin.tokenize.EnglishTokenizer;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.Relations;
import org.unspin.wordnet.TermInventory;
import org.unspin.wordnet.WordNet;

import java.util.List;

/** What the term tests share: WordNet, its relations, and an inventory of WordNet's terms plus a few curated ones. */
final class TermFixtures {

    static final WordNet WORDNET = WordNet.shared();
    static final Relations RELATIONS = new Relations(WORDNET);
    static final List<String> CURATED = List.of("heart attack", "assassination attempt", "computer vision",
            "machine learning", "machine vision", "human rights");
    static final TermInventory INVENTORY = new TermInventory(CURATED);

    private TermFixtures() {
    }

    static TokenizedText tokens(String s) {
        return new TokenizedText(s, new EnglishTokenizer(WORDNET::lemmas).tokenize(s));
    }

    /** The index of the token reading {@code word} (lower case). */
    static int at(TokenizedText text, String word) {
        for (int i = 0; i < text.size(); i++) {
            if (text.token(i).lower().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }
}
