package org.unspin.lexicon.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry per tortured phrase. Rows with the same phrase and the same expected value are one
 * pair found twice: the row with most papers stays. Rows with the same phrase but different
 * expected values disagree: the expected value with at least {@value #DOMINANCE}x the papers of
 * all the others together stays (its note names what it outvoted); without such a value all go.
 */
public final class PairDeduplicator {

    static final int DOMINANCE = 3;

    /** A surviving candidate and what its note should say about the rows it replaced. */
    public record Kept(PairCandidate candidate, String remark) { }

    public record Result(List<Kept> kept, Map<DropReason, Integer> dropped) { }

    public Result deduplicate(List<PairCandidate> candidates) {
        Map<String, Map<String, List<PairCandidate>>> bySpun = new LinkedHashMap<>();
        for (PairCandidate c : candidates) {
            bySpun.computeIfAbsent(c.spunKey(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.expectedKey(), k -> new ArrayList<>()).add(c);
        }
        List<Kept> kept = new ArrayList<>();
        Map<DropReason, Integer> dropped = new EnumMap<>(DropReason.class);
        for (Map<String, List<PairCandidate>> byExpected : bySpun.values()) {
            List<PairCandidate> best = new ArrayList<>();
            Map<PairCandidate, Integer> papersByBest = new LinkedHashMap<>();
            for (List<PairCandidate> same : byExpected.values()) {
                same.sort(Comparator.comparingInt(PairCandidate::papers).reversed());
                dropped.merge(DropReason.DUPLICATE, same.size() - 1, Integer::sum);
                best.add(same.get(0));
                papersByBest.put(same.get(0), same.stream().mapToInt(PairCandidate::papers).sum());
            }
            if (best.size() == 1) {
                kept.add(new Kept(best.get(0), ""));
                continue;
            }
            best.sort(Comparator.comparingInt((PairCandidate c) -> papersByBest.get(c)).reversed());
            PairCandidate top = best.get(0);
            int topPapers = papersByBest.get(top);
            int others = best.stream().skip(1).mapToInt(papersByBest::get).sum();
            if (topPapers > 0 && topPapers >= DOMINANCE * others) {
                StringBuilder remark = new StringBuilder("outvotes");
                for (PairCandidate c : best.subList(1, best.size())) {
                    remark.append(remark.length() > "outvotes".length() ? ", " : " ")
                            .append('\'').append(c.shaped().expected()).append("' (").append(papersByBest.get(c)).append(')');
                }
                kept.add(new Kept(top, remark.toString()));
                dropped.merge(DropReason.OUTVOTED, best.size() - 1, Integer::sum);
            } else {
                dropped.merge(DropReason.CONFLICT, best.size(), Integer::sum);
            }
        }
        dropped.values().removeIf(n -> n == 0);
        return new Result(kept, dropped);
    }
}
