package org.unspin.lexicon;

import org.unspin.io.DataFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Loads every {@code .tsv} file of a lexicon folder into one {@link Lexicon}. */
public final class LexiconLoader {

    public static final String BUNDLED = "unspin/lexicon";

    private final LexiconParser parser;

    public LexiconLoader(Function<String, List<String>> phraseWords) {
        this.parser = new LexiconParser(phraseWords);
    }

    /** Loads and checks; throws {@link LexiconException} listing every error found. */
    public Lexicon load(Path dir) {
        return strict(read(DataFiles.fromDirectory(dir, ".tsv")));
    }

    public Lexicon loadBundled() {
        return strict(read(DataFiles.fromClasspath(BUNDLED, ".tsv")));
    }

    /** Loads what can be loaded; errors stay in {@link Lexicon#problems()} (for {@code check}). */
    public Lexicon read(List<DataFiles.DataFile> files) {
        LexiconParser.Collector collector = parser.collector();
        for (DataFiles.DataFile f : files) {
            collector.add(f.name(), f.bytes());
        }
        return collector.build();
    }

    public Lexicon readDirectory(Path dir) {
        return read(DataFiles.fromDirectory(dir, ".tsv"));
    }

    private static Lexicon strict(Lexicon lexicon) {
        List<LexiconProblem> errors = lexicon.problems().stream().filter(LexiconProblem::isError).toList();
        if (!errors.isEmpty()) {
            throw new LexiconException(errors);
        }
        return lexicon;
    }
}
