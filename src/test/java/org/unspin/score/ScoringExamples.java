package org.unspin.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Texts the score tests share. */
public final class ScoringExamples {

    /** A small case with one edit of every outcome. */
    public static final String ORIGINAL = "Small caps rallied since January, said Tom Lee.";
    public static final String SPUN = "Little hats rallied due to the fact that January, said Tom Lee today.";
    /**
     * little -> Small is restored correctly, hats is missed, "due to the fact that" is replaced
     * wrongly ("because"), said -> stated is a false alarm, the added "today" is missed.
     */
    public static final String CANDIDATE = "Small hats rallied because January, stated Tom Lee today.";

    /** The engine's note on its "because" edit: offsets of "due to the fact that" in {@link #SPUN}. */
    public static final EditAnnotation BECAUSE_ANNOTATION = new EditAnnotation(
            SPUN.indexOf("due"), SPUN.indexOf(" January"), "due to the fact that", "because",
            "restore-conjunction", "lexicon/phrases.tsv:42");

    public static final List<EditAnnotation> ANNOTATIONS = List.of(BECAUSE_ANNOTATION);

    private ScoringExamples() {
    }

    /** original.txt of the reference pair: one token per line. */
    public static String referenceOriginal() {
        return resource("/pairs/cnbc-small-caps/original.txt");
    }

    /** spun.txt of the reference pair: running text. */
    public static String referenceSpun() {
        return resource("/pairs/cnbc-small-caps/spun.txt");
    }

    private static String resource(String path) {
        try (InputStream in = ScoringExamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
