package org.unspin.thesaurus.importer;

import org.unspin.data.ReproducibleGzip;
import org.unspin.lm.importer.WordCountsImporter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Converts Moby's words.txt into the bundled thesaurus: well-shaped terms only ({@link TermShape}),
 * and only heads made of words the Google Books unigram list holds (hyphenated words part by part). A spinner replaces ordinary
 * words, so a head too rare for that list (rarest entry: 12,714 occurrences) is not worth
 * restoring to, while its listed terms are kept whatever their frequency: spinners write odd words.
 */
public final class MobyImporter {

    /** The links kept, each head's listed terms ascending, and the counts behind them. */
    public record Conversion(SortedMap<String, List<String>> links, ImportStats stats) { }

    private MobyImporter() {
    }

    /** Reads both raw files and writes the thesaurus file. */
    public static ImportStats run(Path mobyWords, Path unigramFile, Path out) throws IOException {
        Conversion c = convert(MobyReader.read(mobyWords), WordCountsImporter.unigramWords(unigramFile));
        ReproducibleGzip.write(out, ThesaurusWriter.encode(c.links()));
        return c.stats();
    }

    public static Conversion convert(List<MobyEntry> entries, Set<String> unigramWords) {
        SortedMap<String, List<String>> links = new TreeMap<>();
        int linksRead = 0;
        int repeats = 0;
        int headShape = 0;
        int listedShape = 0;
        int rareHead = 0;
        for (MobyEntry e : entries) {
            linksRead += e.listed().size();
            Set<String> distinct = new HashSet<>();
            List<String> candidates = new ArrayList<>();
            for (String l : e.listed()) {
                if (l.equals(e.head()) || !distinct.add(l)) {
                    repeats++;
                } else {
                    candidates.add(l);
                }
            }
            if (!TermShape.accepts(e.head())) {
                headShape += candidates.size();
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String l : candidates) {
                if (TermShape.accepts(l)) {
                    kept.add(l);
                } else {
                    listedShape++;
                }
            }
            if (!allWordsKnown(e.head(), unigramWords)) {
                rareHead += kept.size();
                continue;
            }
            if (!kept.isEmpty()) {
                // Moby has one line per head; should a head recur, its lists are merged.
                links.merge(e.head(), kept, MobyImporter::union);
            }
        }
        links.replaceAll((head, listed) -> List.copyOf(new TreeSet<>(listed)));
        Set<String> terms = new HashSet<>(links.keySet());
        links.values().forEach(terms::addAll);
        int kept = links.values().stream().mapToInt(List::size).sum();
        return new Conversion(links, new ImportStats(entries.size(), linksRead, repeats, headShape, listedShape,
                rareHead, kept, links.size(), terms.size()));
    }

    private static boolean allWordsKnown(String head, Set<String> unigramWords) {
        for (String word : head.split("[ -]")) {   // "well-known": both parts must be known
            if (!unigramWords.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** {@code MobyImporter WORDS_TXT UNIGRAMS OUT_FILE} */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: MobyImporter words.txt frequency_dictionary_en_82_765.txt thesaurus.bin.gz");
            System.exit(2);
        }
        System.out.println(run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])).summary());
    }
}
