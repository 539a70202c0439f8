package org.unspin;

import org.junit.jupiter.api.Test;
import org.unspin.candidates.Proposal;
import org.unspin.decide.Decisions;
import org.unspin.decide.facts.Candidate;
import org.unspin.lexicon.Strength;
import org.unspin.normalize.NormalizedText;
import org.unspin.normalize.TextEdit;
import org.unspin.realize.RealizedEdit;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Edits come back in the input's offsets: scraping repairs made before tokenizing, and
 * restorations realized on the repaired text, each mapped back; a repair inside a restored span
 * is absorbed into that one edit.
 */
class EditAssemblerTest {

    private static RealizedEdit restoration(int start, int end, String before, String after) {
        Proposal p = Proposal.plain(0, 1, after, Strength.STRONG, 0.9, Proposal.Origin.of(Proposal.LEXICON, "test"));
        Candidate c = new Candidate(0, p, 0, before, 0);
        c.accept("test rule", "because");
        return new RealizedEdit(start, end, before, after, null, c);
    }

    /** The edits of one restoration realized on the repaired text. */
    private static List<Edit> assemble(NormalizedText normalized, RealizedEdit r) {
        Decisions decisions = new Decisions(List.of(r.candidate()), Map.of(), true, "test", Set.of());
        return EditAssembler.assemble(normalized, List.of(r), decisions);
    }

    private static List<Object> span(Edit e) {
        return List.of(e.start(), e.end(), e.before(), e.after(), e.stage());
    }

    @Test
    void aRepairAndARestorationApartAreTwoEditsInInputOffsets() {
        String input = "\u00C2\u00A35 for little hats.";
        TextEdit repair = new TextEdit(0, 2, "\u00A3", "normalize: mojibake", null, "mis-decoded");
        NormalizedText normalized = new NormalizedText(input, List.of(repair));
        assertEquals("\u00A35 for little hats.", normalized.text());
        List<Edit> edits = assemble(normalized, restoration(7, 18, "little hats", "small caps"));
        assertEquals(2, edits.size(), edits.toString());
        assertEquals(List.of(0, 2, "\u00C2\u00A3", "\u00A3", Edit.STAGE_NORMALIZE), span(edits.get(0)));
        assertEquals("built-in: normalize: mojibake", edits.get(0).source());
        assertEquals(List.of(8, 19, "little hats", "small caps", Edit.STAGE_RESTORE), span(edits.get(1)));
        assertEquals("test rule", edits.get(1).rule());
        assertEquals("\u00A35 for small caps.", EditAssembler.apply(input, edits));
    }

    @Test
    void aRepairInsideARestoredSpanIsAbsorbedIntoIt() {
        String input = "Buy little\u00C2\u00A0hats now.";
        TextEdit repair = new TextEdit(10, 12, " ", "normalize: mojibake", null, "mis-decoded space");
        NormalizedText normalized = new NormalizedText(input, List.of(repair));
        assertEquals("Buy little hats now.", normalized.text());
        List<Edit> edits = assemble(normalized, restoration(4, 15, "little hats", "small caps"));
        assertEquals(1, edits.size(), edits.toString());
        assertEquals(List.of(4, 16, "little\u00C2\u00A0hats", "small caps", Edit.STAGE_RESTORE), span(edits.get(0)));
        assertEquals("Buy small caps now.", EditAssembler.apply(input, edits));
    }

    @Test
    void applyingNoEditsGivesTheInput() {
        assertEquals("unchanged", EditAssembler.apply("unchanged", List.of()));
    }
}
