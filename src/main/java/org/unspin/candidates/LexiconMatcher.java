package org.unspin.candidates;

import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.lexicon.MatchMode;
import org.unspin.tokenize.PhraseKeys;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.Inflection;
import org.unspin.wordnet.Inflector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds every lexicon phrase in the text, at every position and every length (the rules later
 * keep the longest accepted one), matching each word by surface form or by base form according
 * to the entry's {@link MatchMode}. Inside a phrase, words of the class {@code @filler}
 * ("actually") may be skipped, because spinners insert them anywhere: "that is actually been".
 */
public final class LexiconMatcher implements ProposalSource {

    public static final String FILLER_CLASS = "@filler";

    private final PhraseMap phrases;
    private final Set<String> fillerWords;
    private final Inflector inflector;

    public LexiconMatcher(Lexicon lexicon, Inflector inflector) {
        PhraseMap.Builder builder = new PhraseMap.Builder();
        lexicon.entries().forEach(builder::add);
        this.phrases = builder.build();
        this.fillerWords = lexicon.classes().words(FILLER_CLASS);
        this.inflector = inflector;
    }

    public int size() {
        return phrases.size();
    }

    @Override
    public List<Proposal> propose(TokenizedText text) {
        List<Proposal> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        int[] keyKinds = new int[9];
        String[] keys = new String[9];
        int[] positions = new int[9];
        List<Integer> skipped = new ArrayList<>(2); // walk leaves it empty again
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (first.isWord() || first.isNumber() || first.kind() == org.unspin.tokenize.TokenKind.PUNCT) {
                walk(text, phrases.root(), i, i, 0, keys, keyKinds, positions, skipped, out);
            }
        }
        return out;
    }

    private static final int BY_SURFACE = 1;
    private static final int BY_LEMMA = 2;

    private void walk(TokenizedText text, PhraseMap.Node node, int start, int j, int depth, String[] keys, int[] keyKinds,
                      int[] positions, List<Integer> skipped, List<Proposal> out) {
        if (depth > 0) {
            for (LexiconEntry e : node.entries) {
                Proposal p = accept(text, e, start, j, depth, keys, keyKinds, positions, skipped);
                if (p != null) {
                    out.add(p);
                }
            }
        }
        if (j >= text.size() || depth == 8 || node.children.isEmpty()) {
            return;
        }
        Token t = text.token(j);
        if (depth > 0 && t.sentence() != text.token(start).sentence()) {
            return;
        }
        String surface = PhraseKeys.plainApostrophes(t.lower());
        descend(text, node, surface, BY_SURFACE, start, j, depth, keys, keyKinds, positions, skipped, out);
        // Most tokens have no base form but themselves: no iterator for them.
        Set<String> lemmas = t.lemmas();
        if (lemmas.size() > 1 || !lemmas.contains(surface)) {
            for (String lemma : lemmas) {
                if (!lemma.equals(surface)) {
                    descend(text, node, lemma, BY_LEMMA, start, j, depth, keys, keyKinds, positions, skipped, out);
                }
            }
        }
        if (depth > 0 && fillerWords.contains(surface) && skipped.size() < 2) {
            skipped.add(j);
            walk(text, node, start, j + 1, depth, keys, keyKinds, positions, skipped, out);
            skipped.remove(skipped.size() - 1);
        }
    }

    /** Follows the trie from {@code node} by token j read as {@code key} (its surface form or a base form). */
    private void descend(TokenizedText text, PhraseMap.Node node, String key, int keyKind, int start, int j, int depth, String[] keys,
                         int[] keyKinds, int[] positions, List<Integer> skipped, List<Proposal> out) {
        PhraseMap.Node child = node.children.get(key);
        if (child != null) {
            keys[depth] = key;
            keyKinds[depth] = keyKind;
            positions[depth] = j;
            walk(text, child, start, j + 1, depth + 1, keys, keyKinds, positions, skipped, out);
        }
    }

    /** Whether the k-th word of the spun phrase is written with the token's capitals. */
    private static boolean sameCase(String token, String spunPhrase, int k, int depth) {
        String[] words = spunPhrase.split("\\s+");
        return words.length == depth && PhraseKeys.plainApostrophes(words[k]).equals(PhraseKeys.plainApostrophes(token));
    }

    private Proposal accept(TokenizedText text, LexiconEntry e, int start, int end, int depth, String[] keys, int[] keyKinds,
                            int[] positions, List<Integer> skipped) {
        Inflection inflection = Inflection.BASE;
        int inflectedAt = -1;
        Inflection[] perWord = new Inflection[depth];
        java.util.Arrays.fill(perWord, Inflection.BASE);
        for (int k = 0; k < depth; k++) {
            if (e.match() == MatchMode.CASE && !sameCase(text.token(positions[k]).text(), e.spun(), k, depth)) {
                return null;
            }
            if (keyKinds[k] == BY_LEMMA) {
                if (e.match() == MatchMode.EXACT || e.match() == MatchMode.CASE) {
                    return null;
                }
                Token t = text.token(positions[k]);
                Inflection found = inflector.analyse(PhraseKeys.plainApostrophes(t.lower()), keys[k]);
                if (e.match() == MatchMode.NOUN && found != Inflection.BASE && found != Inflection.S_FORM) {
                    return null;
                }
                perWord[k] = found;
                if (inflectedAt < 0 && found != Inflection.BASE) {
                    inflection = found;
                    inflectedAt = k;
                }
            }
        }
        // "climbed up" inflects the first word of its restoration, "rate of interest decreases" the last
        Proposal.Head head = inflectedAt == 0 && depth > 1 ? Proposal.Head.FIRST : Proposal.Head.LAST;
        return new Proposal(start, end, e.original(), e.strength(), Confidence.entry(e.strength()), e.conditions(),
                Proposal.Origin.of(e), inflection, head, List.of(perWord), List.copyOf(skipped), null);
    }
}
