package org.unspin.bench;

import org.unspin.TestTexts;
import org.unspin.tokenize.EnglishTokenizer;
import org.unspin.tokenize.Token;

import java.util.List;
import java.util.Set;

/**
 * Benchmark documents built from the reference pair: the spun article, then the original as
 * running text, repeated and cut to an exact number of tokens. Spun and clean paragraphs in one
 * document is what the engine meets in practice (a partly spun copy, a page with quotes).
 */
public final class BenchDocuments {

    private static final EnglishTokenizer TOKENIZER = new EnglishTokenizer(Set::of);

    private BenchDocuments() {
    }

    /** One spun paragraph followed by the clean original. */
    public static String unit() {
        String spun = TestTexts.referenceSpun().strip();
        String original = String.join(" ", TestTexts.referenceOriginal().strip().split("\\s+"));
        return spun + "\n\n" + original + "\n\n";
    }

    /** A document of exactly {@code tokens} tokens (as the engine's tokenizer counts them). */
    public static String ofTokens(int tokens) {
        return slice(0, tokens);
    }

    /**
     * {@code tokens} tokens of the repeated unit starting at token {@code from}: documents that
     * start and end anywhere in the text, for the batch benchmark.
     */
    public static String slice(int from, int tokens) {
        String unit = unit();
        int perUnit = TOKENIZER.tokenize(unit).size();
        int units = (from + tokens) / perUnit + 1;
        StringBuilder b = new StringBuilder(unit.length() * units);
        for (int n = 0; n < units; n++) {
            b.append(unit);
        }
        String text = b.toString();
        List<Token> all = TOKENIZER.tokenize(text);
        return text.substring(all.get(from).start(), all.get(from + tokens - 1).end());
    }
}
