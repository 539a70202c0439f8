package org.unspin;

import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.LexiconParser;
import org.unspin.tokenize.EnglishTokenizer;
import org.unspin.tokenize.PhraseKeys;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.WordNet;

import java.nio.charset.StandardCharsets;

/** Small lexicons and tokenized sentences for the tests of one stage. */
public final class TestLexicons {

    private TestLexicons() {
    }

    /** A lexicon of the given files: a name ("lexicon/t.tsv"), then its contents, and so on. */
    public static Lexicon of(String... nameThenContents) {
        LexiconParser.Collector c = new LexiconParser(PhraseKeys::words).collector();
        for (int i = 0; i + 1 < nameThenContents.length; i += 2) {
            c.add(nameThenContents[i], nameThenContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return c.build();
    }

    /** A sentence tokenized as the engine tokenizes it, with WordNet's base forms. */
    public static TokenizedText tokens(String s) {
        return new TokenizedText(s, new EnglishTokenizer(WordNet.shared()::lemmas).tokenize(s));
    }
}
