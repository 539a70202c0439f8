package org.unspin.lexicon.importer;

import org.unspin.tokenize.CaseShape;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Moves an acronym that both sides start with out of the phrase and into a {@code prev:} guard:
 * "DNA harm" -> "DNA damage" becomes "harm" -> "damage" after "DNA". The restoration takes the
 * case of the first spun word, so a phrase starting with an acronym would be restored in
 * capitals ("DNA DAMAGE"); without the acronym it is restored as written.
 */
public final class AcronymPrefix {

    /** The entry's written sides and its context guard (empty when nothing was moved). */
    public record Written(String spun, String original, String context) { }

    private final Function<String, List<String>> phraseWords;

    public AcronymPrefix(Function<String, List<String>> phraseWords) {
        this.phraseWords = phraseWords;
    }

    public Written split(String spun, String original) {
        String[] spunWords = spun.split(" ", 2);
        String[] originalWords = original.split(" ", 2);
        String first = spunWords[0];
        if (spunWords.length < 2 || originalWords.length < 2 || !first.equals(originalWords[0])
                || CaseShape.of(first) != CaseShape.UPPER || phraseWords.apply(first).size() != 1) {
            return new Written(spun, original, "");
        }
        return new Written(spunWords[1], originalWords[1], "prev:" + first.toLowerCase(Locale.ROOT));
    }
}
