package org.unspin.wordnet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inventory of real multiword terms: WordNet 3.1's multiword noun lemmas ("interest rate",
 * "federal reserve", 60,000 of them, read straight from the embedded index file) plus the terms of
 * the lexicon's term files ("assassination attempt", "deep learning"). Indexed by last word and
 * by the first letters of the last word, so that a phrase can be checked against the terms it
 * could be a swapped form of in a few hash lookups. Immutable.
 */
public final class TermInventory {

    /** Terms of two to this many words take part. */
    public static final int MAX_WORDS = 4;
    static final int PREFIX = 5;
    private static final String WORDNET_NOUN_INDEX = "net/sf/extjwnl/data/wordnet/wn31/index.noun";
    private static volatile List<String> wordNetTerms;

    private final Set<String> terms = new HashSet<>();
    private final Map<String, List<String[]>> byLastWord = new HashMap<>();
    private final Map<String, List<String[]>> byLastPrefix = new HashMap<>();
    private final Set<String> curated = new HashSet<>();
    private final Map<String, List<String[]>> curatedByFirstWord = new HashMap<>();

    public TermInventory(Collection<String> curatedTerms) {
        for (String t : wordNetTerms()) {
            add(t);
        }
        for (String t : curatedTerms) {
            String lower = t.toLowerCase(Locale.ROOT).trim();
            curated.add(lower);
            add(lower);
            String[] words = lower.split(" ");
            if (words.length >= 2 && words.length <= MAX_WORDS) {
                curatedByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>(2)).add(words);
            }
        }
    }

    private void add(String term) {
        String[] words = term.split(" ");
        if (words.length < 2 || words.length > MAX_WORDS || !terms.add(term)) {
            return;
        }
        String last = words[words.length - 1];
        byLastWord.computeIfAbsent(last, k -> new ArrayList<>(2)).add(words);
        String singular = singular(last);
        if (!singular.equals(last)) {
            byLastWord.computeIfAbsent(singular, k -> new ArrayList<>(2)).add(words);
        }
        if (last.length() >= PREFIX + 1) {
            byLastPrefix.computeIfAbsent(last.substring(0, PREFIX), k -> new ArrayList<>(2)).add(words);
        }
    }

    /** WordNet's multiword noun lemmas, read once per JVM from the data jar's index file. */
    static List<String> wordNetTerms() {
        List<String> local = wordNetTerms;
        if (local == null) {
            synchronized (TermInventory.class) {
                local = wordNetTerms;
                if (local == null) {
                    local = readWordNetTerms();
                    wordNetTerms = local;
                }
            }
        }
        return local;
    }

    private static List<String> readWordNetTerms() {
        List<String> out = new ArrayList<>(60_000);
        InputStream in = TermInventory.class.getClassLoader().getResourceAsStream(WORDNET_NOUN_INDEX);
        if (in == null) {
            throw new IllegalStateException("WordNet data is missing from the classpath: " + WORDNET_NOUN_INDEX);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(" ")) {
                    continue; // licence header
                }
                int space = line.indexOf(' ');
                String lemma = space < 0 ? line : line.substring(0, space);
                if (lemma.indexOf('_') > 0) {
                    out.add(lemma.replace('_', ' '));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /** Plural terms ("consumer prices") are also found under their singular head. */
    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    public boolean contains(String lowerPhrase) {
        return terms.contains(lowerPhrase);
    }

    public boolean isCurated(String lowerPhrase) {
        return curated.contains(lowerPhrase);
    }

    public int size() {
        return terms.size();
    }

    /** Terms whose last word is {@code word}. */
    public List<String[]> endingWith(String word) {
        return byLastWord.getOrDefault(word, List.of());
    }

    /** Curated terms whose first word is {@code word}. */
    public List<String[]> curatedStartingWith(String word) {
        return curatedByFirstWord.getOrDefault(word, List.of());
    }

    /** Terms whose last word starts like {@code word} (reservoir: reserve). */
    public List<String[]> endingLike(String word) {
        return word.length() < PREFIX + 1 ? List.of() : byLastPrefix.getOrDefault(word.substring(0, PREFIX), List.of());
    }
}
