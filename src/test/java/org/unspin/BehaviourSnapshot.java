package org.unspin;

import org.unspin.candidates.Proposal;
import org.unspin.candidates.ProposalSource;
import org.unspin.corpus.CleanCorpus;
import org.unspin.tokenize.TokenizedText;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes everything the engine does with a fixed set of texts to one file: each source's
 * proposals, the restored text, every edit and every near miss, as the text comes and declared
 * spun; and the restorations of {@value #CLEAN_WORDS} words of the clean corpus. Two runs of the same engine give the same file, so a change meant to keep behaviour is
 * checked by comparing the files written before and after it.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:DEPS org.unspin.BehaviourSnapshot OUT}
 */
public final class BehaviourSnapshot {

    private BehaviourSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/behaviour-snapshot.txt");
        Unspinner engine = Unspinner.withDefaults();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            List<String[]> named = new ArrayList<>();
            for (Path file : texts()) {
                named.add(new String[] {file.toString(), Files.readString(file, StandardCharsets.UTF_8)});
            }
            named.add(new String[] {"term examples", TERM_EXAMPLES});
            for (String[] n : named) {
                String text = n[1];
                w.println("=== " + n[0]);
                writeProposals(w, engine.pipeline(), text);
                for (boolean assumeSpun : new boolean[] {false, true}) {
                    w.println("--- restored, assumeSpun=" + assumeSpun);
                    writeRestoration(w, engine.restore(text, new RestoreOptions(assumeSpun)));
                }
            }
            List<String> clean = CleanCorpus.documents(CLEAN_WORDS);
            for (int i = 0; i < clean.size(); i++) {
                for (boolean assumeSpun : new boolean[] {false, true}) {
                    w.println("=== clean corpus document " + i + ", assumeSpun=" + assumeSpun);
                    writeRestoration(w, engine.restore(clean.get(i), new RestoreOptions(assumeSpun)));
                }
            }
        }
        System.out.println("wrote " + out);
    }

    /** Words of the clean corpus written, as the text comes and declared spun. */
    static final int CLEAN_WORDS = 20_000;

    /** Phrases the term sources should and should not take for known terms. */
    static final String TERM_EXAMPLES = """
            Profound learning changed computer eyesight. A heart assault is serious. The Federal Reservoir met.
            The killing try failed. The stock marketplace fell, and human privileges groups spoke.
            Jumping tolls hurt the economy. The economy hurts. Hold rates rose; the apply mathematician left.
            A one-night stay at the Stock market (NYSE) and the New York Stock Exchange (NYSE).
            "Quoted words" aren't changed, and it's fine. Machine knowledge and artificial intellect grew.
            """;

    /** The example pair and the development pairs, spun and original sides. */
    static List<Path> texts() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("examples/cnbc-small-caps/spun.txt"));
        files.add(Path.of("examples/cnbc-small-caps/original.txt"));
        try (Stream<Path> pairs = Files.list(Path.of("src/test/resources/pairs-development"))) {
            pairs.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        return files;
    }

    private static void writeProposals(PrintWriter w, Pipeline pipeline, String text) {
        TokenizedText tokens = pipeline.prepare(text);
        for (ProposalSource source : pipeline.sources()) {
            w.println("--- proposals of " + source.getClass().getSimpleName());
            for (Proposal p : source.propose(tokens)) {
                w.println(String.join(" | ", "" + p.start(), "" + p.end(), p.kind(), p.replacement(), "" + p.strength(),
                        Double.toString(p.confidence()), "" + p.conditions(),
                        p.entry() == null ? "-" : p.entry().describe(), "" + p.source(), "" + p.inflection(), "" + p.head(),
                        "" + p.wordInflections(), "" + p.skipped(), p.reason(), "" + p.fluency()));
            }
        }
    }

    private static void writeRestoration(PrintWriter w, Restoration r) {
        w.println("spun: " + r.documentSpun() + " (" + r.spinReason() + ")");
        for (Edit e : r.edits()) {
            w.println("edit: " + e);
        }
        for (NearMiss m : r.nearMisses()) {
            w.println("near miss: " + m);
        }
        w.println("text:");
        w.println(r.text());
    }
}
