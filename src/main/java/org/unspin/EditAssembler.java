package org.unspin;

import org.unspin.candidates.Proposal;
import org.unspin.decide.Decisions;
import org.unspin.decide.facts.Candidate;
import org.unspin.decide.facts.Requirement;
import org.unspin.normalize.NormalizedText;
import org.unspin.normalize.TextEdit;
import org.unspin.realize.RealizedEdit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts scraping repairs (input offsets) and restorations (normalized offsets) together as edits
 * of the input. A restoration that covers a repair absorbs it into one edit, so edits never
 * overlap and applying them to the input gives the restored text exactly.
 */
final class EditAssembler {

    private EditAssembler() {
    }

    static List<Edit> assemble(NormalizedText normalized, List<RealizedEdit> restorations, Decisions decisions) {
        String input = normalized.input();
        String norm = normalized.text();
        List<TextEdit> repairs = new ArrayList<>(normalized.edits());
        boolean[] absorbed = new boolean[repairs.size()];
        List<Edit> out = new ArrayList<>(repairs.size() + restorations.size());
        for (RealizedEdit r : restorations) {
            int is = normalized.toInput(r.start(), false);
            int ie = normalized.toInput(r.end(), true);
            if (r.start() == r.end() && ie < is) {
                ie = is;
            }
            int ns = r.start();
            int ne = r.end();
            // Repairs are sorted and disjoint, so only those from the first one reaching the span
            // can touch it: with thousands of both, testing every pair would be quadratic.
            for (int k = firstEndingAtOrAfter(repairs, is); k < repairs.size() && repairs.get(k).start() <= ie; k++) {
                TextEdit t = repairs.get(k);
                boolean overlaps = t.start() < ie && is < t.end()
                        || t.start() == t.end() && t.start() > is && t.start() < ie;
                if (overlaps) {
                    absorbed[k] = true;
                    if (t.start() < is) {
                        is = t.start();
                    }
                    if (t.end() > ie) {
                        ie = t.end();
                    }
                }
            }
            int spanStart = normalized.toNormalized(is);
            int spanEnd = normalized.toNormalized(ie);
            String after = norm.substring(Math.min(spanStart, ns), ns) + r.after() + norm.substring(ne, Math.max(ne, spanEnd));
            out.add(toEdit(is, ie, input.substring(is, ie), after, r, decisions));
        }
        for (int k = 0; k < repairs.size(); k++) {
            if (!absorbed[k]) {
                TextEdit t = repairs.get(k);
                out.add(new Edit(t.start(), t.end(), input.substring(t.start(), t.end()), t.replacement(), Edit.STAGE_NORMALIZE,
                        "scraping", t.rule(), repairSource(t), null, 1.0, t.reason()));
            }
        }
        out.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        return out;
    }

    /** The scraping.tsv line behind a repair, or for a built-in repair the normalizer rule that made it. */
    private static String repairSource(TextEdit repair) {
        return repair.source() != null ? repair.source().toString() : "built-in: " + repair.rule();
    }

    /** Index of the first repair whose end is at or after {@code offset} (repair ends grow with their starts). */
    private static int firstEndingAtOrAfter(List<TextEdit> repairs, int offset) {
        int lo = 0;
        int hi = repairs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (repairs.get(mid).end() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static String apply(String input, List<Edit> edits) {
        StringBuilder b = new StringBuilder(input.length());
        int at = 0;
        for (Edit e : edits) {
            b.append(input, at, e.start()).append(e.after());
            at = e.end();
        }
        return b.append(input, at, input.length()).toString();
    }

    private static Edit toEdit(int start, int end, String before, String after, RealizedEdit r, Decisions decisions) {
        Candidate c = r.candidate();
        Proposal p = c.getProposal();
        String source = p.source() == null ? null : p.source().toString();
        String entry = p.entry() != null ? p.entry().describe() : p.kind().equals(Proposal.TYPOGRAPHY) ? null : p.reason();
        StringBuilder reason = new StringBuilder();
        if (r.rule() != null && r.rule().equals(org.unspin.realize.Realizer.RULE_ARTICLE)) {
            reason.append("article agrees with the restored '").append(c.getReplacement()).append("'");
            return new Edit(start, end, before, after, Edit.STAGE_RESTORE, "article", r.rule(), source, entry, c.getConfidence(),
                    reason.toString());
        }
        reason.append(c.getReason() == null ? "" : c.getReason());
        List<Requirement> reqs = decisions.requirementsOf(c);
        if (!reqs.isEmpty()) {
            reason.append("; context: ");
            for (int i = 0; i < reqs.size(); i++) {
                if (i > 0) {
                    reason.append(", ");
                }
                reason.append(reqs.get(i).describe());
            }
        }
        return new Edit(start, end, before, after, Edit.STAGE_RESTORE, p.kind(), c.getDecidedBy(), source, entry,
                c.getConfidence(), reason.toString());
    }
}
