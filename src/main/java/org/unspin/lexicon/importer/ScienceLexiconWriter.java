package org.unspin.lexicon.importer;

import org.unspin.lexicon.MatchMode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the converted pairs as lexicon files: science.tsv (substitutions) and terms-science.tsv (real terms). */
public final class ScienceLexiconWriter {

    static final String REGENERATE = "unspin import-pps --out lexicon/science.tsv pps_pairs.tsv";

    private ScienceLexiconWriter() {
    }

    /** The attribution every file built from the screener's data must carry. */
    public static List<String> attribution(ImportReport report) {
        return List.of(
                "# Tortured-phrase fingerprints from the Problematic Paper Screener (Cabanac, Labbé & Magazinov,"
                        + " 'Tortured phrases: A dubious writing style emerging in science', arXiv:2107.06751), CC BY 4.0;"
                        + " via github.com/hahuyhoang411/tortured-phrase data/tortured.csv commit d096655."
                        + " Filtered and converted by TorturedPhraseImporter: " + number(report.kept()) + " of "
                        + number(report.read()) + " kept.",
                "# Generated: change TorturedPhraseImporter or its examples (science-examples.tsv) and regenerate with",
                "#   " + REGENERATE,
                "# where pps_pairs.tsv holds spun <TAB> expected <TAB> num_papers <TAB> PPS query, one pair a line.");
    }

    public static List<String> lexiconLines(List<ScienceEntry> entries, ImportReport report) {
        List<String> lines = new ArrayList<>(attribution(report));
        lines.add("# Dropped " + number(report.droppedTotal()) + " pairs:");
        for (Map.Entry<DropReason, Integer> d : report.dropped().entrySet()) {
            lines.add("#   " + number(d.getValue()) + "  " + d.getKey().description());
        }
        lines.add("# Kept " + number(report.kept()) + ": " + number(report.strong()) + " strong, " + number(report.weak())
                + " weak (ordinary English, restored only in documents that show spin elsewhere):");
        for (Map.Entry<String, Integer> w : report.weakReasons().entrySet()) {
            lines.add("#   " + number(w.getValue()) + "  weak: " + w.getKey());
        }
        lines.add("# Match: noun (singular and plural) when the phrase ends in a noun, exact otherwise;"
                + " plural pairs are written in the singular.");
        lines.add("# A leading acronym both sides share becomes a prev: guard (DNA harm -> DNA damage: 'harm' after 'DNA'),"
                + " so the restoration is not written in capitals.");
        lines.add("# Conflicting expected values: the one with " + PairDeduplicator.DOMINANCE
                + "x the papers of all others stays (its note says what it outvoted); otherwise all are dropped.");
        lines.add("spun\toriginal\tmatch\tcontext\tstrength\texample\tclean\tnote");
        for (ScienceEntry e : entries) {
            lines.add(String.join("\t", e.spun(), e.original(), e.match() == MatchMode.NOUN ? "noun" : "exact", e.context(),
                    e.strength().name().toLowerCase(Locale.ROOT), e.example(), e.clean(), e.note()));
        }
        return lines;
    }

    public static List<String> termLines(List<String> terms, ImportReport report) {
        List<String> lines = new ArrayList<>(attribution(report));
        lines.add("# Real science terms: the distinct expected phrases of 2-4 words among the kept pairs of science.tsv.");
        lines.add("term\tcategory");
        for (String t : terms) {
            lines.add(t + "\tscience");
        }
        return lines;
    }

    public static void write(Path file, List<String> lines) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
