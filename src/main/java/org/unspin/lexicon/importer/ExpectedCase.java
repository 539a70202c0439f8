package org.unspin.lexicon.importer;

import org.unspin.morphology.WordClass;
import org.unspin.wordnet.WordNet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lower-cases expected values that the screener's curators capitalized like table headings
 * ("attractive separation" -> "Magnetic separation", "test technique" -> "Analysis Method"):
 * the restoration keeps the case it is written in, so a heading-case value would put capitals
 * in the middle of a sentence. Names stay as written: a value is lowered only when every
 * capitalized word is one WordNet writes in lower case only ("Hall effect", "Python package",
 * "PET scans" keep theirs).
 */
public final class ExpectedCase {

    private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}\\p{Ll}+");

    private final WordNet wordNet;

    public ExpectedCase(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /** The expected value as it should be written after a spun phrase written as {@code spun}. */
    public String restore(String spun, String expected) {
        if (!spun.equals(spun.toLowerCase(Locale.ROOT)) || expected.equals(expected.toLowerCase(Locale.ROOT))) {
            return expected;
        }
        String lowerPhrase = expected.toLowerCase(Locale.ROOT);
        if (expected.contains(" ") && wordNet.isLemma(lowerPhrase)) {
            // WordNet knows the whole term: "Great Depression" stays, "Gross Domestic Product" does not
            return hasCapitalizedSpelling(lowerPhrase) ? expected : lowerPhrase;
        }
        List<String> words = new ArrayList<>();
        for (String w : expected.split(" ")) {
            if (w.equals(w.toLowerCase(Locale.ROOT))) {
                words.add(w);
            } else if (CAPITALIZED.matcher(w).matches() && isCommonWord(w.toLowerCase(Locale.ROOT))) {
                words.add(w.toLowerCase(Locale.ROOT));
            } else {
                return expected;
            }
        }
        return String.join(" ", words);
    }

    private boolean isCommonWord(String lower) {
        List<String> forms = new ArrayList<>(wordNet.lemmas(lower));
        boolean known = false;
        for (String form : forms) {
            if (wordNet.isLemma(form)) {
                known = true;
                if (hasCapitalizedSpelling(form)) {
                    return false;
                }
            }
        }
        return known;
    }

    /** True when some sense of the lemma is spelled with a capital (a name: "Hall", "Python", "Curie"). */
    private boolean hasCapitalizedSpelling(String lowerLemma) {
        for (WordClass wordClass : WordNet.PARTS_OF_SPEECH) {
            for (String lemma : wordNet.senseLemmas(wordClass, lowerLemma)) {
                if (lemma.equalsIgnoreCase(lowerLemma) && !lemma.equals(lowerLemma)) {
                    return true;
                }
            }
        }
        return false;
    }
}
