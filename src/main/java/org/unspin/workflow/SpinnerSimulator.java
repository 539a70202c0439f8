package org.unspin.workflow;

import org.unspin.morphology.WordClass;
import org.unspin.tokenize.FunctionWords;
import org.unspin.wordnet.Inflection;
import org.unspin.wordnet.Inflector;
import org.unspin.wordnet.WordNet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spins clean text the way a cheap word spinner does, to make synthetic original/spun pairs with
 * a gold list of every swap. A share ({@code rate}) of the content words that have a thesaurus
 * neighbour is replaced by one of them, drawn with a seeded random generator (the same text, rate
 * and seed give the same spin). Like a cheap spinner it ignores word sense: any neighbour of the
 * word's base form will do. The word keeps its inflection and capitalization ("Markets rose" ->
 * "Marketplaces rose"). Never touched: names (capitalized inside a sentence), acronyms, numbers,
 * function words, words inside double quotes, parts of hyphenated or apostrophized words.
 *
 * <p>Each word is taken in its most used part of speech (WordNet's sense-tagged counts, ties in
 * the order noun, verb, adjective, adverb): no tagger, as cheap spinners have none.
 */
public final class SpinnerSimulator {

    /**
     * What a spinner may write for a word: the neighbours of a lower-case base form in the
     * spinner's direction (original -> spun), best first. A thesaurus without word classes may
     * ignore the class.
     */
    @FunctionalInterface
    public interface Thesaurus {
        List<String> neighbours(String base, WordClass wordClass);

        /** A thesaurus that does not distinguish word classes. */
        static Thesaurus of(Function<String, List<String>> neighbours) {
            return (base, wordClass) -> neighbours.apply(base);
        }
    }

    /**
     * One swap. {@code start}/{@code end} are offsets into the spun text, {@code originalStart}
     * into the original (the original word ends at {@code originalStart + original.length()}).
     */
    public record Swap(int start, int end, int originalStart, String spun, String original, WordClass wordClass) {
    }

    /** A synthetic pair: the clean text, its spun copy and the swaps that lead from one to the other. */
    public record SpunText(String original, String spun, List<Swap> swaps) {
        public SpunText {
            swaps = List.copyOf(swaps);
        }

        /** The swaps as TSV with a header line: spun span, original offset, class, spun word, original word. */
        public String swapsTsv() {
            StringBuilder b = new StringBuilder("start\tend\toriginal_start\tclass\tspun\toriginal\n");
            for (Swap s : swaps) {
                b.append(s.start()).append('\t').append(s.end()).append('\t').append(s.originalStart()).append('\t')
                        .append(s.wordClass().label()).append('\t').append(s.spun()).append('\t').append(s.original()).append('\n');
            }
            return b.toString();
        }
    }

    /** Letters with inner apostrophes: an apostrophized word is one token, so it can be skipped whole. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['\u2019]\\p{L}+)*");
    private static final Pattern SINGLE_WORD = Pattern.compile("[a-z]+");


    private final Thesaurus thesaurus;
    private final WordNet wordNet;
    private final Inflector inflector;
    private final double rate;
    private final long seed;

    /**
     * @param rate share of eligible content words to swap, 0..1
     * @param seed seed of the random choices
     */
    public SpinnerSimulator(Thesaurus thesaurus, WordNet wordNet, Inflector inflector, double rate, long seed) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be between 0 and 1, is " + rate);
        }
        this.thesaurus = Objects.requireNonNull(thesaurus, "thesaurus");
        this.wordNet = Objects.requireNonNull(wordNet, "wordNet");
        this.inflector = Objects.requireNonNull(inflector, "inflector");
        this.rate = rate;
        this.seed = seed;
    }

    /** A simulator over WordNet's synonyms. */
    public static SpinnerSimulator withWordNet(double rate, long seed) {
        WordNet wordNet = WordNet.shared();
        return new SpinnerSimulator(wordNetThesaurus(wordNet), wordNet, new Inflector(wordNet), rate, seed);
    }

    /**
     * WordNet as a cheap spinner's thesaurus: every single-word, lower-case member of every synset
     * of the base form in its class, in sense order.
     */
    public static Thesaurus wordNetThesaurus(WordNet wordNet) {
        return (base, wordClass) -> {
            Set<String> out = new LinkedHashSet<>();
            for (String lemma : wordNet.senseLemmas(wordClass, base)) {
                // lower case only: a capitalized lemma is a name ("Washington" for capital)
                if (!lemma.equalsIgnoreCase(base) && SINGLE_WORD.matcher(lemma).matches()) {
                    out.add(lemma);
                }
            }
            return List.copyOf(out);
        };
    }

    /** Spins {@code text}. */
    public SpunText spin(String text) {
        Random random = new Random(seed);
        StringBuilder spun = new StringBuilder(text.length() + text.length() / 10);
        List<Swap> swaps = new ArrayList<>();
        boolean[] quoted = quotedChars(text);
        int at = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            Swappable c = candidate(text, m.start(), m.end(), quoted);
            if (c == null) {
                continue;
            }
            List<String> neighbours = new ArrayList<>();
            for (String n : thesaurus.neighbours(c.base, c.wordClass)) {
                if (c.inflection != Inflection.BASE && !baseForms(c.wordClass, n).stream().allMatch(n::equals)) {
                    continue; // already an inflected form ("strings"): inflecting it again gives "stringses"
                }
                String form = inflector.inflect(n, c.inflection);
                if (!form.equals(c.lower) && SINGLE_WORD.matcher(form).matches()) {
                    neighbours.add(form);
                }
            }
            if (neighbours.isEmpty() || random.nextDouble() >= rate) {
                continue;
            }
            String word = recase(neighbours.get(random.nextInt(neighbours.size())), m.group());
            spun.append(text, at, m.start());
            int start = spun.length();
            spun.append(word);
            swaps.add(new Swap(start, spun.length(), m.start(), word, m.group(), c.wordClass));
            at = m.end();
        }
        spun.append(text, at, text.length());
        return new SpunText(text, spun.toString(), swaps);
    }

    /** A word the spinner may swap: its base form, class and inflection. */
    private record Swappable(String lower, String base, WordClass wordClass, Inflection inflection) {
    }

    private Swappable candidate(String text, int start, int end, boolean[] quoted) {
        String word = text.substring(start, end);
        if (quoted[start] || word.length() < 3 || word.indexOf('\'') >= 0 || word.indexOf('\u2019') >= 0
                || glued(text, start - 1) || glued(text, end)) {
            return null;
        }
        boolean capitalized = Character.isUpperCase(word.charAt(0));
        if (word.substring(1).chars().anyMatch(Character::isUpperCase) || (capitalized && !sentenceStart(text, start))) {
            return null; // acronym, camel case or a name
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (FunctionWords.NEVER_SPUN.contains(lower)) {
            return null;
        }
        Swappable best = null;
        int bestCount = -1;
        for (WordClass wc : WordNet.PARTS_OF_SPEECH) {
            for (String base : baseForms(wc, lower)) {
                Inflection inflection = inflector.analyse(lower, base);
                // a form the inflector cannot regenerate would come out misspelled on the synonym too
                if (!inflector.inflect(base, inflection).equals(lower)) {
                    continue;
                }
                int count = wordNet.useCount(wc, base);
                if (count > bestCount) {
                    best = new Swappable(lower, base, wc, inflection);
                    bestCount = count;
                }
            }
        }
        return best;
    }

    private List<String> baseForms(WordClass wordClass, String lower) {
        List<String> out = new ArrayList<>();
        for (String base : wordNet.baseForms(wordClass, lower)) {
            String b = base.toLowerCase(Locale.ROOT);
            if (SINGLE_WORD.matcher(b).matches() && wordNet.isLemma(wordClass, b) && !out.contains(b)) {
                out.add(b);
            }
        }
        return out;
    }

    /** Whether the character at {@code i} joins the word to another (hyphen, slash, digit, apostrophe). */
    private static boolean glued(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '-' || c == '/' || c == '_' || c == '\'' || c == '\u2019' || c == '@' || c == '.' && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1)) || Character.isLetterOrDigit(c);
    }

    /** Whether only whitespace, opening brackets or quotes stand between a sentence end, paragraph break or the text start and {@code i}. */
    private static boolean sentenceStart(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (Character.isWhitespace(text.charAt(j)) || "([\"\u201C'\u2018".indexOf(text.charAt(j)) >= 0)) {
            j--;
        }
        return j < 0 || ".!?:".indexOf(text.charAt(j)) >= 0 || text.substring(j + 1, i).contains("\n\n");
    }

    /** Characters inside double quotes (straight quotes toggle; curly ones open and close). */
    private static boolean[] quotedChars(String text) {
        boolean[] quoted = new boolean[text.length() + 1];
        boolean inside = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inside = !inside;
            } else if (c == '\u201C') {
                inside = true;
            } else if (c == '\u201D') {
                inside = false;
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                inside = false; // an unbalanced quote ends with its paragraph
            }
            quoted[i] = inside;
        }
        return quoted;
    }

    private static String recase(String lower, String like) {
        if (Character.isUpperCase(like.charAt(0))) {
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return lower;
    }
}
