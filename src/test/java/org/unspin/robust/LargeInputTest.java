package org.unspin.robust;

import org.junit.jupiter.api.Test;
import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.TestEngines;
import org.unspin.TestTexts;
import org.unspin.Unspinner;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Megabytes in one document. A text longer than a section is restored section by section (cut at
 * paragraph breaks), so memory stays bounded by the section, not the document.
 */
class LargeInputTest {

    private static final Unspinner ENGINE = TestEngines.defaults();
    private static final String CLEAN = String.join(" ", TestTexts.referenceOriginal().split("\\s+")).strip();
    private static final String SPUN = TestTexts.referenceSpun().strip();

    /**
     * 50 MB of scraped articles: the reference original again and again, every fiftieth paragraph
     * its spun copy. Prints time and heap; the time bound only catches a hang.
     */
    @Test
    void fiftyMegabytesComeOutLossFree() {
        int size = 50_000_000;
        StringBuilder b = new StringBuilder(size + 2 * SPUN.length());
        int spunParagraphs = 0;
        for (int p = 0; b.length() < size; p++) {
            boolean spun = p % 50 == 49;
            spunParagraphs += spun ? 1 : 0;
            b.append(spun ? SPUN : CLEAN).append("\n\n");
        }
        String input = b.toString();
        b = null;
        resetPeakHeap();
        long started = System.nanoTime();
        Restoration r = assertTimeoutPreemptively(Duration.ofMinutes(4), () -> ENGINE.restore(input));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("50 MB document: %d chars restored in %.1f s, %d edits (%d restorations), peak heap %d MB%n",
                input.length(), seconds, r.editCount(), r.restorationCount(), peakHeap() >> 20);
        TestTexts.assertEditsReproduceText(r);
        assertTrue(r.restorationCount() >= spunParagraphs, r.restorationCount() + " restorations for " + spunParagraphs + " spun paragraphs");
    }

    /** Strong restorations need no document evidence, so sectioning must not change them. */
    @Test
    void sectionsJoinSeamlessly() {
        String paragraph = "The Federal Reservoir met on Tuesday; the killing try failed. Nothing else happened here.\n\n";
        String restoredParagraph = ENGINE.restore(paragraph).text();
        assertTrue(restoredParagraph.contains("Federal Reserve") && restoredParagraph.contains("assassination attempt"), restoredParagraph);
        int copies = 3 * TestEngines.sectionChars() / paragraph.length();
        String input = paragraph.repeat(copies);
        Restoration r = ENGINE.restore(input);
        TestTexts.assertEditsReproduceText(r);
        assertEquals(restoredParagraph.repeat(copies), r.text());
        List<Edit> perParagraph = ENGINE.restore(paragraph).edits();
        assertEquals(perParagraph.size() * copies, r.editCount());
        Edit last = r.edits().get(r.editCount() - 1);
        Edit lastOfOne = perParagraph.get(perParagraph.size() - 1);
        assertEquals(lastOfOne.start() + (copies - 1) * paragraph.length(), last.start(), "offsets of later sections are shifted");
    }

    /** Sections restored on several threads give exactly what one thread gives: text, edits, near misses, verdict. */
    @Test
    void sectionsOnSeveralThreadsEqualOneThread() {
        String mixed = SPUN + "\n\n" + CLEAN + "\n\n";
        String input = mixed.repeat(3 * TestEngines.sectionChars() / mixed.length());
        for (boolean assumeSpun : new boolean[] {false, true}) {
            Restoration one = ENGINE.restore(input, new org.unspin.RestoreOptions(assumeSpun));
            Restoration four = ENGINE.restore(input, new org.unspin.RestoreOptions(assumeSpun, 4));
            assertEquals(one.text(), four.text());
            assertEquals(one.edits(), four.edits());
            assertEquals(one.nearMisses(), four.nearMisses());
            assertEquals(one.documentSpun(), four.documentSpun());
            assertEquals(one.spinReason(), four.spinReason());
            assertEquals(one.tokens(), four.tokens());
            assertTrue(one.editCount() > 0);
        }
    }

    /** Text without paragraph breaks is cut at line breaks, then blanks, never inside a surrogate pair. */
    @Test
    void textWithoutParagraphsIsCutAtLineBreaksOrBlanks() {
        String line = "The Federal Reservoir met.\n";
        String lines = line.repeat(2 * TestEngines.sectionChars() / line.length());
        assertEquals(ENGINE.restore(line).text().repeat(2 * TestEngines.sectionChars() / line.length()), ENGINE.restore(lines).text());
        String words = "The Federal Reservoir met. ".repeat(2 * TestEngines.sectionChars() / 27);
        Restoration r = ENGINE.restore(words);
        TestTexts.assertEditsReproduceText(r);
        assertTrue(!r.text().contains("Reservoir"), "every copy restored");
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
