package org.unspin.lexicon.importer;

import org.unspin.wordnet.WordNet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Tells whether a tortured phrase is also ordinary English, which makes its entry weak: it may
 * then be restored only in a document that shows spin elsewhere. "bosom" and "malignant growth"
 * are tortured in a cancer paper but normal in a novel or a newspaper.
 */
public final class OrdinaryProse {

    public static final String SINGLE_WORD = "single word";
    public static final String WORDNET_LEMMA = "WordNet lemma";
    public static final String IN_GLOSSES = "in WordNet glosses";
    public static final String REVIEWED = "reviewed";
    public static final String SCREENER_CONTEXT = "the screener flags it only with co-occurring words";

    /** Why a phrase is ordinary: {@code category} for counting, {@code note} for the entry's note column. */
    public record Reason(String category, String note) { }

    private final WordNet wordNet;
    private final Function<String, List<String>> phraseWords;
    private final Set<String> inGlosses;
    private final Map<String, String> reviewed;

    /**
     * @param inGlosses phrases (space-joined lower-case tokens) found in WordNet's glosses
     * @param reviewed  reasons by phrase (same form) for phrases a reader found in ordinary English
     */
    public OrdinaryProse(WordNet wordNet, Function<String, List<String>> phraseWords, Set<String> inGlosses,
                         Map<String, String> reviewed) {
        this.wordNet = wordNet;
        this.phraseWords = phraseWords;
        this.inGlosses = inGlosses;
        this.reviewed = reviewed;
    }

    /**
     * Why the spun phrase is ordinary English, or empty when it is not.
     *
     * @param entrySpun the spun side as the entry writes it (singular for noun entries)
     * @param pair      the screener's pair, for its surface form and query
     */
    public Optional<Reason> reason(String entrySpun, PpsPair pair) {
        String surface = PairScreen.normalizeSpace(pair.spun());
        List<String> forms = List.of(key(entrySpun), key(surface));
        if (PairScreen.wordCount(entrySpun) == 1) {
            return reason(SINGLE_WORD, SINGLE_WORD);
        }
        for (String phrase : List.of(entrySpun, surface)) {
            if (wordNet.isLemma(phrase.toLowerCase(Locale.ROOT))) {
                return reason(WORDNET_LEMMA, WORDNET_LEMMA);
            }
        }
        if (forms.stream().anyMatch(inGlosses::contains)) {
            return reason(IN_GLOSSES, IN_GLOSSES);
        }
        for (String form : forms) {
            if (reviewed.containsKey(form)) {
                return reason(REVIEWED, REVIEWED + ", " + reviewed.get(form));
            }
        }
        if (pair.queryNeedsContext()) {
            // the curators flag it only when e.g. the real term also occurs: alone it proves nothing
            return reason(SCREENER_CONTEXT, "the screener's query needs co-occurring words");
        }
        return Optional.empty();
    }

    /** The form phrases are compared in: lower-case tokens joined by single spaces. */
    public String key(String phrase) {
        return String.join(" ", phraseWords.apply(phrase));
    }

    private static Optional<Reason> reason(String category, String note) {
        return Optional.of(new Reason(category, note));
    }
}
