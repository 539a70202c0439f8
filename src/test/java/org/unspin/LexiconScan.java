package org.unspin;

/** The bare lexicon scan (tokenize + trie, no rules, no realization), for the benchmarks. */
public final class LexiconScan {
    private LexiconScan() {
    }

    /** Number of lexicon matches in the text. */
    public static int scan(Unspinner engine, String text) {
        return engine.pipeline().scanLexicon(text);
    }
}
