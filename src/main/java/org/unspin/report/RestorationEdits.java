package org.unspin.report;

import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.score.EditScore;
import org.unspin.score.JudgedEdit;
import org.unspin.score.Outcome;
import org.unspin.score.Score;
import org.unspin.score.Span;
import org.unspin.score.report.ReportedEdit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Numbers the engine's edits of a restoration for its HTML page, in the order of the input, and
 * places each in the suspect copy and in the restored text. With a score against the original,
 * each edit also gets its outcome and its place in the original, and the edits the engine missed
 * are numbered among them.
 */
final class RestorationEdits {

    static final String COPY = "spun";
    static final String RESTORED = "candidate";
    static final String ORIGINAL = "original";

    private RestorationEdits() {
    }

    /** One thing to number: an engine edit, or a gold edit that no engine edit touched. */
    private record Item(int spunStart, Edit engine, JudgedEdit missed) {
    }

    static List<ReportedEdit> of(Restoration restoration, Optional<Score> score) {
        Optional<EditScore> judged = score.flatMap(s -> s.metrics().edits());
        List<JudgedEdit> gold = judged.map(EditScore::gold).orElse(List.of());
        List<JudgedEdit> system = judged.map(EditScore::system).orElse(List.of());

        List<Item> items = new ArrayList<>();
        restoration.edits().forEach(e -> items.add(new Item(e.start(), e, null)));
        gold.stream().filter(g -> g.outcome() == Outcome.MISSED)
                .forEach(g -> items.add(new Item(g.edit().sourceChars().start(), null, g)));
        items.sort(Comparator.comparingInt(Item::spunStart).thenComparing(i -> i.engine() == null));

        List<ReportedEdit> out = new ArrayList<>(items.size());
        for (Item item : items) {
            int number = out.size() + 1;
            Map<String, Span> marks = new HashMap<>();
            if (item.engine() != null) {
                Edit e = item.engine();
                Span spun = new Span(e.start(), e.end());
                int restoredStart = restoredOffset(restoration.edits(), e.start(), e);
                marks.put(COPY, spun);
                marks.put(RESTORED, new Span(restoredStart, restoredStart + e.after().length()));
                List<JudgedEdit> goldHere = overlapping(gold, spun);
                if (!goldHere.isEmpty()) {
                    marks.put(ORIGINAL, goldHere.get(0).edit().targetChars());
                }
                Outcome outcome = outcome(overlapping(system, spun));
                String expected = outcome == Outcome.WRONG
                        ? goldHere.stream().map(g -> g.edit().after()).collect(Collectors.joining(" \u2026 ")) : null;
                out.add(new ReportedEdit(number, marks, spun, e.before(), e.after(), expected, outcome, e.rule(), e.source(),
                        OptionalDouble.of(e.confidence()), e.reason()));
            } else {
                JudgedEdit g = item.missed();
                Span spun = g.edit().sourceChars();
                int restoredStart = restoredOffset(restoration.edits(), spun.start(), null);
                marks.put(COPY, spun);
                marks.put(RESTORED, new Span(restoredStart, restoredStart + spun.length()));
                marks.put(ORIGINAL, g.edit().targetChars());
                out.add(new ReportedEdit(number, marks, spun, g.edit().before(), g.edit().before(), g.edit().after(),
                        Outcome.MISSED, null, null, OptionalDouble.empty(), "no rule restored it"));
            }
        }
        return out;
    }

    /**
     * Where input offset {@code at} is in the restored text: moved by the edits before it (those
     * in front of {@code self}, the edit starting there, if any; edits are sorted and disjoint).
     */
    private static int restoredOffset(List<Edit> edits, int at, Edit self) {
        int shift = 0;
        for (Edit e : edits) {
            if (e == self || e.end() > at) {
                break;
            }
            shift += e.after().length() - (e.end() - e.start());
        }
        return at + shift;
    }

    private static List<JudgedEdit> overlapping(List<JudgedEdit> edits, Span spunChars) {
        return edits.stream().filter(j -> j.edit().sourceChars().overlaps(spunChars)).toList();
    }

    /** Wrong where any word edit inside is wrong, else a false alarm where any is, else correct; null when none is scored. */
    private static Outcome outcome(List<JudgedEdit> wordEdits) {
        for (Outcome worst : List.of(Outcome.WRONG, Outcome.FALSE_ALARM, Outcome.CORRECT)) {
            if (wordEdits.stream().anyMatch(j -> j.outcome() == worst)) {
                return worst;
            }
        }
        return null;
    }
}
