package org.unspin.workflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.TestEngines;
import org.unspin.TestTexts;
import org.unspin.Unspinner;
import org.unspin.cli.CliRun;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.lexicon.LexiconLoader;
import org.unspin.lexicon.LexiconProblem;
import org.unspin.tokenize.PhraseKeys;
import org.unspin.wordnet.WordNet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mining the reference pair recovers the lexicon entries that pair needs, as reviewable lexicon TSV. */
class RuleMinerTest {

    @Test
    void miningTheReferencePairRecoversTheEntriesItNeeds() {
        Unspinner engine = TestEngines.defaults();
        Restoration r = engine.restore(TestTexts.referenceSpun());
        Map<String, LexiconEntry> bySource = engine.lexicon().entries().stream()
                .collect(Collectors.toMap(e -> e.source().toString(), Function.identity()));
        Set<LexiconEntry> needed = r.edits().stream().map(Edit::source).filter(bySource::containsKey).map(bySource::get)
                .collect(Collectors.toSet());
        List<RuleMiner.MinedEntry> mined = new RuleMiner(engine).mine(TestTexts.referenceOriginal(), TestTexts.referenceSpun());
        List<String> missed = new ArrayList<>();
        for (LexiconEntry e : needed) {
            // the mined difference and the entry cover the same swap: one holds the other
            boolean recovered = mined.stream().filter(c -> !c.spun().isEmpty()).anyMatch(c -> covers(engine, c.spun(), e.spunWords())
                    || covers(engine, String.join(" ", e.spunWords()), List.of(c.spun().replace('\u2019', '\'').split(" "))));
            if (!recovered) {
                missed.add(e.source() + " " + e.describe());
            }
        }
        double recall = 1 - (double) missed.size() / needed.size();
        System.out.printf("mine: %d candidate entries from the reference pair; recall of the %d lexicon entries it needs: %.3f%n",
                mined.size(), needed.size(), recall);
        assertTrue(recall >= 0.9, "recall " + recall + ", missed " + missed);
    }

    /** The mined phrase holds the entry's words in order (by surface or base form). */
    static boolean covers(Unspinner engine, String minedPhrase, List<String> entryWords) {
        String[] words = minedPhrase.split(" ");
        for (int start = 0; start + entryWords.size() <= words.length; start++) {
            boolean all = true;
            for (int k = 0; k < entryWords.size() && all; k++) {
                String w = words[start + k].replace('\u2019', '\'');
                all = w.equals(entryWords.get(k)) || WordNet.shared().lemmas(w).contains(entryWords.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    @Test
    void mineWritesLexiconTsvThatLoads(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("mined.tsv");
        CliRun run = CliRun.of("mine", "--original", "examples/cnbc-small-caps/original.txt",
                "--spun", "examples/cnbc-small-caps/spun.txt", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        List<LexiconProblem> errors = new LexiconLoader(PhraseKeys::words).readDirectory(dir).problems().stream()
                .filter(LexiconProblem::isError).toList();
        assertEquals(List.of(), errors);
        assertTrue(Files.readString(out).lines().count() > 50);
    }
}
