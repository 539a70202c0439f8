package org.unspin.score.report;

import org.unspin.score.EditAnnotation;
import org.unspin.score.EditScore;
import org.unspin.score.JudgedEdit;
import org.unspin.score.Outcome;
import org.unspin.score.Score;
import org.unspin.score.Span;
import org.unspin.score.WordToken;
import org.unspin.score.WordTokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Numbers the edits of a {@link Score} for its HTML page: every system edit and every missed gold
 * edit gets a number, in the order of the spun text. A gold edit that a system edit got right or
 * wrong takes that system edit's number, so the original's wording is marked with it too.
 */
final class ScoreEdits {

    static final String ORIGINAL = "original";
    static final String SPUN = "spun";
    static final String CANDIDATE = "candidate";

    private ScoreEdits() {
    }

    /** The numbered edits; empty without a spun text (no edits are known then). */
    static List<ReportedEdit> of(Score score) {
        if (score.metrics().edits().isEmpty()) {
            return List.of();
        }
        EditScore edits = score.metrics().edits().get();
        List<JudgedEdit> gold = edits.gold();
        List<JudgedEdit> system = edits.system();

        // what gets a number of its own, in spun order: system edits first where they start together
        record Numbered(JudgedEdit edit, boolean isGold) { }
        List<Numbered> numbered = new ArrayList<>();
        system.forEach(e -> numbered.add(new Numbered(e, false)));
        gold.stream().filter(e -> e.outcome() == Outcome.MISSED).forEach(e -> numbered.add(new Numbered(e, true)));
        numbered.sort(Comparator.comparingInt((Numbered n) -> n.edit().edit().sourceChars().start())
                .thenComparing(Numbered::isGold));

        Map<JudgedEdit, Integer> numberOfSystem = new HashMap<>();
        for (int i = 0; i < numbered.size(); i++) {
            if (!numbered.get(i).isGold()) {
                numberOfSystem.put(numbered.get(i).edit(), i + 1);
            }
        }
        List<WordToken> candidateTokens = WordTokens.spans(score.candidate());
        List<ReportedEdit> out = new ArrayList<>(numbered.size());
        for (int i = 0; i < numbered.size(); i++) {
            JudgedEdit judged = numbered.get(i).edit();
            int number = i + 1;
            Map<String, Span> marks = new HashMap<>();
            marks.put(SPUN, judged.edit().sourceChars());
            String expected;
            if (numbered.get(i).isGold()) {
                marks.put(ORIGINAL, judged.edit().targetChars());
                candidatePlace(judged, system, candidateTokens).ifPresent(span -> marks.put(CANDIDATE, span));
                expected = judged.edit().after();
            } else {
                marks.put(CANDIDATE, judged.edit().targetChars());
                List<JudgedEdit> matching = overlapping(judged, gold);
                if (!matching.isEmpty()) {
                    // the first gold edit it touches shows in the original under the same number
                    marks.put(ORIGINAL, matching.get(0).edit().targetChars());
                }
                expected = judged.outcome() == Outcome.WRONG
                        ? matching.stream().map(g -> g.edit().after()).collect(Collectors.joining(" \u2026 ")) : null;
            }
            String after = numbered.get(i).isGold() ? judged.edit().before() : judged.edit().after();
            List<EditAnnotation> notes = judged.annotations();
            out.add(new ReportedEdit(number, marks, judged.edit().sourceChars(), judged.edit().before(), after, expected,
                    judged.outcome(), join(notes.stream().map(EditAnnotation::rule).toList()),
                    join(notes.stream().map(EditAnnotation::source).toList()), OptionalDouble.empty(), null));
        }
        return out;
    }

    /** Where a missed gold edit's spun words are in the candidate: shifted by the system edits before them. */
    private static java.util.Optional<Span> candidatePlace(JudgedEdit missed, List<JudgedEdit> system, List<WordToken> candidateTokens) {
        Span spunTokens = missed.edit().sourceTokens();
        int shift = 0;
        for (JudgedEdit edit : system) {
            if (edit.edit().sourceTokens().start() < spunTokens.start()) {
                shift += edit.edit().targetTokens().length() - edit.edit().sourceTokens().length();
            }
        }
        if (spunTokens.start() + shift < 0 || spunTokens.end() + shift > candidateTokens.size()) {
            return java.util.Optional.empty();
        }
        Span inCandidate = new Span(spunTokens.start() + shift, spunTokens.end() + shift);
        return java.util.Optional.of(WordTokens.chars(candidateTokens, inCandidate));
    }

    private static List<JudgedEdit> overlapping(JudgedEdit edit, List<JudgedEdit> others) {
        return others.stream().filter(o -> edit.edit().sourceTokens().overlaps(o.edit().sourceTokens())).toList();
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : values.stream().distinct().collect(Collectors.joining("; "));
    }
}
