package org.unspin.lexicon.importer;

import org.unspin.lexicon.MatchMode;
import org.unspin.lexicon.Strength;
import org.unspin.tokenize.PhraseKeys;
import org.unspin.wordnet.WordNet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Converts the Problematic Paper Screener's tortured-phrase list (pps_pairs.tsv) into the
 * science lexicon: clean one-to-one pairs only ({@link PairScreen}), one entry per phrase
 * ({@link PairDeduplicator}), noun or exact matching ({@link MatchModeChooser}), weak when the
 * tortured phrase is ordinary English ({@link OrdinaryProse}). A tool run by hand; its output
 * files are committed, and nothing reads the screener's data at run time.
 */
public final class TorturedPhraseImporter {

    static final int MIN_TERM_WORDS = 2;
    static final int MAX_TERM_WORDS = 4;

    /** The converted lexicon: entries, real terms, and what happened on the way. */
    public record Conversion(List<ScienceEntry> entries, List<String> terms, ImportReport report) { }

    private final WordNet wordNet;
    private final Function<String, List<String>> phraseWords;
    private final Map<String, CarrierSentences.Carrier> carriers;
    private final Map<String, String> reviewed;

    /**
     * @param carriers example sentences by spun phrase ({@link CarrierSentences})
     * @param reviewed reasons by spun phrase for phrases a reader found in ordinary English ({@link ReviewedPhrases})
     */
    public TorturedPhraseImporter(WordNet wordNet, Function<String, List<String>> phraseWords,
                                  Map<String, CarrierSentences.Carrier> carriers, Map<String, String> reviewed) {
        this.wordNet = wordNet;
        this.phraseWords = phraseWords;
        this.carriers = carriers;
        this.reviewed = reviewed;
    }

    /** The shared WordNet, the parser's tokenization, the bundled example sentences and review verdicts. */
    public static TorturedPhraseImporter withDefaults() {
        return new TorturedPhraseImporter(WordNet.shared(), PhraseKeys::words,
                CarrierSentences.bundled(PhraseKeys::words), ReviewedPhrases.bundled(PhraseKeys::words));
    }

    /** Reads the pairs, writes both lexicon files, and reports. */
    public ImportReport run(Path pairsTsv, Path lexiconOut, Path termsOut) throws IOException {
        Conversion c = convert(PpsPairReader.read(pairsTsv));
        ScienceLexiconWriter.write(lexiconOut, ScienceLexiconWriter.lexiconLines(c.entries(), c.report()));
        ScienceLexiconWriter.write(termsOut, ScienceLexiconWriter.termLines(c.terms(), c.report()));
        return c.report();
    }

    public Conversion convert(List<PpsPair> pairs) {
        Map<DropReason, Integer> dropped = new EnumMap<>(DropReason.class);
        PairDeduplicator.Result unique = new PairDeduplicator().deduplicate(screenAndShape(pairs, dropped));
        unique.dropped().forEach((reason, n) -> dropped.merge(reason, n, Integer::sum));
        List<PairDeduplicator.Kept> kept = withoutChains(unique.kept(), dropped);

        OrdinaryProse prose = ordinaryProse(kept);
        AcronymPrefix acronymPrefix = new AcronymPrefix(phraseWords);
        List<ScienceEntry> entries = new ArrayList<>();
        Map<String, Integer> weakReasons = new TreeMap<>();
        for (PairDeduplicator.Kept k : kept) {
            PairCandidate c = k.candidate();
            Optional<OrdinaryProse.Reason> ordinary = prose.reason(c.shaped().spun(), c.pair());
            ordinary.ifPresent(r -> weakReasons.merge(r.category(), 1, Integer::sum));
            AcronymPrefix.Written written = acronymPrefix.split(c.shaped().spun(), c.shaped().expected());
            entries.add(new ScienceEntry(c.shaped().spun(), written.spun(), written.original(), c.shaped().match(),
                    written.context(), ordinary.isPresent() ? Strength.WEAK : Strength.STRONG, c.papers(),
                    note(c, k.remark(), ordinary, !written.context().isEmpty()), "", ""));
        }
        entries.sort(Comparator.comparingInt(ScienceEntry::papers).reversed()
                .thenComparing(e -> e.phrase().toLowerCase(Locale.ROOT)));
        List<String> warnings = new ArrayList<>();
        entries = withCarriers(entries, warnings);
        warnings.addAll(unmatchedReviews(kept));

        List<String> terms = terms(kept);
        int strong = (int) entries.stream().filter(e -> e.strength() == Strength.STRONG).count();
        int noun = (int) entries.stream().filter(e -> e.match() == MatchMode.NOUN).count();
        ImportReport report = new ImportReport(pairs.size(), entries.size(), dropped, strong, entries.size() - strong,
                weakReasons, noun, terms.size(), warnings);
        return new Conversion(entries, terms, report);
    }

    /** The clean pairs in lexicon shape; every other pair is counted under its drop reason. */
    private List<PairCandidate> screenAndShape(List<PpsPair> pairs, Map<DropReason, Integer> dropped) {
        PairScreen screen = new PairScreen(phraseWords);
        ExpectedCase expectedCase = new ExpectedCase(wordNet);
        MatchModeChooser chooser = new MatchModeChooser(wordNet);
        List<PairCandidate> candidates = new ArrayList<>();
        for (PpsPair pair : pairs) {
            Optional<DropReason> drop = screen.check(pair);
            if (drop.isPresent()) {
                dropped.merge(drop.get(), 1, Integer::sum);
                continue;
            }
            String spun = PairScreen.normalizeSpace(pair.spun());
            String expected = expectedCase.restore(spun, PairScreen.normalizeSpace(pair.expected()));
            ShapedPair shaped = chooser.choose(spun, expected);
            candidates.add(new PairCandidate(pair, shaped, key(shaped.spun()), key(shaped.expected())));
        }
        return candidates;
    }

    /** Reviewed phrases that no kept pair has (misspelt in the review file, or the pair was dropped). */
    private List<String> unmatchedReviews(List<PairDeduplicator.Kept> kept) {
        Set<String> phrases = new HashSet<>();
        kept.forEach(k -> {
            phrases.add(k.candidate().spunKey());
            phrases.add(key(PairScreen.normalizeSpace(k.candidate().pair().spun())));
        });
        return reviewed.keySet().stream().filter(r -> !phrases.contains(r))
                .map(r -> "reviewed phrase '" + r + "' matches no entry").toList();
    }

    /**
     * Drops pairs whose expected value is another pair's tortured phrase ("congested trees" ->
     * "choice trees", while "choice tree" -> "decision tree"): the curators recorded a
     * half-restored phrase, and restoring to it would write tortured text.
     */
    private static List<PairDeduplicator.Kept> withoutChains(List<PairDeduplicator.Kept> kept, Map<DropReason, Integer> dropped) {
        Set<String> tortured = new HashSet<>();
        kept.forEach(k -> tortured.add(k.candidate().spunKey()));
        List<PairDeduplicator.Kept> out = new ArrayList<>(kept.size());
        for (PairDeduplicator.Kept k : kept) {
            if (tortured.contains(k.candidate().expectedKey())) {
                dropped.merge(DropReason.CHAINED, 1, Integer::sum);
            } else {
                out.add(k);
            }
        }
        return out;
    }

    private OrdinaryProse ordinaryProse(List<PairDeduplicator.Kept> kept) {
        Set<String> phrases = new HashSet<>();
        for (PairDeduplicator.Kept k : kept) {
            phrases.add(k.candidate().spunKey());
            phrases.add(key(PairScreen.normalizeSpace(k.candidate().pair().spun())));
        }
        Set<String> inGlosses = new WordNetGlosses(wordNet, phraseWords).occurring(phrases);
        return new OrdinaryProse(wordNet, phraseWords, inGlosses, reviewed);
    }

    private static String note(PairCandidate c, String remark, Optional<OrdinaryProse.Reason> ordinary, boolean guarded) {
        StringBuilder note = new StringBuilder("PPS ").append(c.papers()).append(c.papers() == 1 ? " paper" : " papers");
        String surface = PairScreen.normalizeSpace(c.pair().spun());
        if (guarded || !surface.equals(c.shaped().spun())) {
            note.append("; listed as '").append(surface).append('\'');
        }
        if (!remark.isEmpty()) {
            note.append("; ").append(remark);
        }
        ordinary.ifPresent(r -> note.append("; weak: ").append(r.note()));
        return note.toString();
    }

    /** Examples go on strong entries only: a weak entry fires only in a document already shown spun. */
    private List<ScienceEntry> withCarriers(List<ScienceEntry> entries, List<String> warnings) {
        Map<String, CarrierSentences.Carrier> unused = new LinkedHashMap<>(carriers);
        List<ScienceEntry> out = new ArrayList<>(entries.size());
        for (ScienceEntry e : entries) {
            CarrierSentences.Carrier carrier = unused.remove(key(e.phrase()));
            if (carrier == null) {
                out.add(e);
            } else if (e.strength() == Strength.WEAK) {
                warnings.add("example for '" + e.phrase() + "' not used: the entry is weak");
                out.add(e);
            } else {
                out.add(e.withCarrier(carrier));
            }
        }
        unused.values().forEach(c -> warnings.add("example for '" + c.spun() + "' not used: no such entry"));
        return out;
    }

    /** The expected phrases of 2-4 words, one per spelling ignoring case, sorted. */
    private static List<String> terms(List<PairDeduplicator.Kept> kept) {
        Map<String, String> byLower = new TreeMap<>();
        for (PairDeduplicator.Kept k : kept) {
            String term = k.candidate().shaped().expected();
            int words = PairScreen.wordCount(term);
            if (words >= MIN_TERM_WORDS && words <= MAX_TERM_WORDS) {
                byLower.putIfAbsent(term.toLowerCase(Locale.ROOT), term);
            }
        }
        return List.copyOf(byLower.values());
    }

    private String key(String phrase) {
        return String.join(" ", phraseWords.apply(phrase));
    }
}
