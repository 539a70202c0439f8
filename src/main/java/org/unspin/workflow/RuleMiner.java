package org.unspin.workflow;

import org.unspin.Restoration;
import org.unspin.Unspinner;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.morphology.WordClass;
import org.unspin.score.WordEdit;
import org.unspin.score.EditExtractor;
import org.unspin.score.WordToken;
import org.unspin.score.WordTokens;
import org.unspin.wordnet.Relation;
import org.unspin.wordnet.Relations;
import org.unspin.wordnet.WordNet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Mines candidate lexicon entries from an original/spun pair: aligns the two, takes each run of
 * differences as a phrase pair (spun -> original), and describes it for a reviewer: the context it
 * was seen in, how WordNet relates the two sides, each side's commonness (SemCor counts), and
 * whether the engine already restores it. Ranked most plausible first.
 */
public final class RuleMiner {

    /** Differences longer than this are boilerplate or rewrites, not swaps. */
    public static final int MAX_WORDS = 6;

    /** A mined candidate entry. */
    public record MinedEntry(String spun, String original, String before, String after, Relation relation,
                            int spunCommonness, int originalCommonness, boolean alreadyRestored, String knownEntry, double rank) {

        public String relationName() {
            return switch (relation) {
                case SAME -> "same";
                case SYNONYM -> "synonym";
                case SIMILAR -> "similar";
                case FORM -> "derivation";
                case HYPERNYM, SIBLING -> "hypernym";
                default -> "none";
            };
        }
    }

    private final Unspinner engine;
    private final Relations relations;

    public RuleMiner(Unspinner engine) {
        this.engine = engine;
        this.relations = new Relations(WordNet.shared());
    }

    public List<MinedEntry> mine(String original, String spun) {
        Restoration restored = engine.restore(spun);
        // what the restoration left different from the original, placed in the original's words
        List<WordEdit> stillDifferent = EditExtractor.between(restored.text(), original);
        List<WordToken> spunTokens = WordTokens.spans(spun);
        List<MinedEntry> out = new ArrayList<>();
        for (WordEdit e : merged(EditExtractor.between(spun, original))) {
            String s = norm(e.before());
            String o = norm(e.after());
            int words = Math.max(e.sourceTokens().length(), e.targetTokens().length());
            if (s.isEmpty() && o.isEmpty() || words > MAX_WORDS || s.equals(o) || !hasWord(s) && !hasWord(o)) {
                continue; // quote style and punctuation are no lexicon matter
            }
            String before = e.sourceTokens().start() > 0 ? spunTokens.get(e.sourceTokens().start() - 1).text() : "";
            String after = e.sourceTokens().end() < spunTokens.size() ? spunTokens.get(e.sourceTokens().end()).text() : "";
            if (s.isEmpty()) {
                // an insertion ("now" -> "right now"): an entry needs a spun word, so take the next one along
                if (!after.isEmpty()) {
                    s = norm(after);
                    o = o + " " + s;
                    after = e.sourceTokens().end() + 1 < spunTokens.size() ? spunTokens.get(e.sourceTokens().end() + 1).text() : "";
                } else if (!before.isEmpty()) {
                    s = norm(before);
                    o = s + " " + o;
                    before = "";
                } else {
                    continue;
                }
            }
            Relation relation = relate(s, o);
            int sc = commonness(s);
            int oc = commonness(o);
            boolean restoredAlready = isRestored(e, stillDifferent);
            String known = knownEntry(s);
            double rank = relation.weight() + (oc > sc ? 0.2 : 0) - 0.05 * words + (restoredAlready ? -0.5 : 0);
            out.add(new MinedEntry(s, o, before, after, relation, sc, oc, restoredAlready, known, rank));
        }
        // the same swap seen twice is one entry; keep its first context
        java.util.Map<String, MinedEntry> unique = new java.util.LinkedHashMap<>();
        for (MinedEntry c : out) {
            unique.putIfAbsent(c.spun() + "\t" + c.original(), c);
        }
        List<MinedEntry> distinct = new ArrayList<>(unique.values());
        distinct.sort(Comparator.comparingDouble(MinedEntry::rank).reversed());
        return distinct;
    }

    /**
     * Whether the restoration already turns this difference into the original's wording: nothing
     * it left different touches the same words of the original. Both sides are placed in the
     * original's words, so a phrase is compared with the phrase, not with its single words.
     */
    private static boolean isRestored(WordEdit spunToOriginal, List<WordEdit> restoredToOriginal) {
        return restoredToOriginal.stream().noneMatch(r -> r.targetTokens().overlaps(spunToOriginal.targetTokens()));
    }

    /** Runs of differences separated by nothing are one phrase: "killing try" -> "assassination attempt". */
    private static List<WordEdit> merged(List<WordEdit> edits) {
        List<WordEdit> out = new ArrayList<>();
        for (WordEdit e : edits) {
            if (!out.isEmpty()) {
                WordEdit last = out.get(out.size() - 1);
                if (last.sourceTokens().end() == e.sourceTokens().start() && last.targetTokens().end() == e.targetTokens().start()) {
                    out.set(out.size() - 1, new WordEdit(
                            new org.unspin.score.Span(last.sourceTokens().start(), e.sourceTokens().end()),
                            new org.unspin.score.Span(last.targetTokens().start(), e.targetTokens().end()),
                            new org.unspin.score.Span(last.sourceChars().start(), e.sourceChars().end()),
                            new org.unspin.score.Span(last.targetChars().start(), e.targetChars().end()),
                            (last.before() + " " + e.before()).trim(), (last.after() + " " + e.after()).trim()));
                    continue;
                }
            }
            out.add(e);
        }
        return out;
    }

    private Relation relate(String spun, String original) {
        String[] s = spun.split(" ");
        String[] o = original.split(" ");
        if (s.length == 1 && o.length == 1 && !s[0].isEmpty() && !o[0].isEmpty()) {
            return relations.between(WordNet.shared().lemmas(s[0]), o[0]);
        }
        if (s.length == o.length) {
            Relation weakest = Relation.SAME;
            for (int i = 0; i < s.length; i++) {
                Relation r = relations.between(WordNet.shared().lemmas(s[i]), o[i]);
                if (r.ordinal() > weakest.ordinal()) {
                    weakest = r;
                }
            }
            return weakest;
        }
        return Relation.NONE;
    }

    /** Summed SemCor counts of the words' most common readings: how common the wording is. */
    private int commonness(String phrase) {
        if (phrase.isEmpty()) {
            return 0;
        }
        WordNet wn = WordNet.shared();
        int total = 0;
        for (String w : phrase.split(" ")) {
            int best = 0;
            for (String lemma : wn.lemmas(w)) {
                for (WordClass wordClass : WordNet.PARTS_OF_SPEECH) {
                    best = Math.max(best, wn.useCount(wordClass, lemma));
                }
            }
            total += best;
        }
        return total;
    }

    private String knownEntry(String spun) {
        for (LexiconEntry e : engine.lexicon().entries()) {
            if (String.join(" ", e.spunWords()).equals(spun)) {
                return e.source().toString();
            }
        }
        return null;
    }

    private static boolean hasWord(String s) {
        return s.chars().anyMatch(Character::isLetterOrDigit);
    }

    private static String norm(String s) {
        return String.join(" ", WordTokens.of(s)).replace(" ' ", "'").replace(" ’ ", "’").toLowerCase(Locale.ROOT).trim();
    }

    /** Lexicon TSV ready for review: the substitution format, evidence in the note column. */
    public static String toTsv(List<MinedEntry> candidates) {
        StringBuilder b = new StringBuilder();
        b.append("# Mined by unspin mine: review every row, add context guards and examples, then move it into a lexicon file.\n");
        b.append("# Rows marked 'already restored' or 'in lexicon' need no entry.\n");
        b.append("spun\toriginal\tmatch\tcontext\tstrength\tnote\n");
        for (MinedEntry c : candidates) {
            String match = c.spun().contains(" ") || c.original().contains(" ") ? "exact" : "lemma";
            String note = String.format(Locale.ROOT, "rank %.2f; WordNet: %s; commonness spun %d, original %d; seen: %s [%s] %s%s%s",
                    c.rank(), c.relationName(), c.spunCommonness(), c.originalCommonness(), c.before(), c.spun(), c.after(),
                    c.alreadyRestored() ? "; already restored" : "", c.knownEntry() == null ? "" : "; in lexicon at " + c.knownEntry());
            b.append(c.spun()).append('\t').append(c.original().isEmpty() ? "-" : c.original()).append('\t').append(match)
                    .append("\t\tweak\t").append(note.replace('\t', ' ')).append('\n');
        }
        return b.toString();
    }
}
