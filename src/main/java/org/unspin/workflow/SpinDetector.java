package org.unspin.workflow;

import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.Unspinner;
import org.unspin.candidates.Confidence;
import org.unspin.tokenize.EnglishTokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * A spin-risk marker for a text whose original is unknown. The text is read twice: as it is
 * (strong restorations: wording people practically never write) and as if declared spun (weak
 * restorations whose guards hold, filler). Densities per 100 words combine into a score from 0 to
 * 100: {@code 100 * (1 - exp(-(3 * strong + weak + 2 * filler) / 10))}. It is a marker for
 * triage, not a verdict: a clean text with unusual wording can score, a lightly spun one can pass.
 */
public final class SpinDetector {

    /** One piece of evidence: the wording, what it restores to, and the rule and lexicon line. */
    public record Evidence(int start, int end, String text, String restoration, String kind, String rule, String source) { }

    /** The score and what it is made of (densities per 100 words). */
    public record SpinRisk(double score, int words, int strong, int weak, int filler, int tortured,
                           double strongPer100, double weakPer100, double fillerPer100, double torturedPer100,
                           List<Evidence> evidence) {
        public String level() {
            return score >= 60 ? "high" : score >= 25 ? "medium" : "low";
        }
    }

    private final Unspinner engine;

    public SpinDetector(Unspinner engine) {
        this.engine = engine;
    }

    public SpinRisk assess(String text) {
        return assess(text, engine.restore(text));
    }

    /**
     * As {@link #assess(String)}, given the text's restoration with default options. A document
     * the rules already judged spun is restored as if declared spun, so it is not restored again.
     */
    public SpinRisk assess(String text, Restoration asIs) {
        Restoration assumed = asIs.documentSpun() ? asIs : engine.restore(text, new RestoreOptions(true));
        int words = Math.max(1, EnglishTokenizer.countWords(text));
        int strong = 0;
        int tortured = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (Edit e : asIs.edits()) {
            if (Edit.STAGE_RESTORE.equals(e.stage()) && e.confidence() >= Confidence.STRONG) {
                strong++;
                if (e.source() != null && e.source().startsWith("lexicon/science.tsv")) {
                    tortured++;
                }
                evidence.add(evidence(e));
            }
        }
        int weak = 0;
        int filler = 0;
        for (Edit e : assumed.edits()) {
            if (!Edit.STAGE_RESTORE.equals(e.stage()) || e.confidence() >= Confidence.STRONG || "typography".equals(e.kind()) || "article".equals(e.kind())) {
                continue;
            }
            if (e.after().isBlank()) {
                filler++;
            } else {
                weak++;
            }
            evidence.add(evidence(e));
        }
        double per = 100.0 / words;
        double raw = 3 * strong * per + weak * per + 2 * filler * per;
        double score = 100 * (1 - Math.exp(-raw / 10));
        evidence.sort(java.util.Comparator.comparingInt(Evidence::start));
        return new SpinRisk(Math.round(score * 10) / 10.0, words, strong, weak, filler, tortured, strong * per, weak * per,
                filler * per, tortured * per, List.copyOf(evidence));
    }

    private static Evidence evidence(Edit e) {
        return new Evidence(e.start(), e.end(), e.before(), e.after(), e.kind(), e.rule(), e.source());
    }
}
