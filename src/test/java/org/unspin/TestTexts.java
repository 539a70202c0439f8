package org.unspin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources as text. */
public final class TestTexts {
    private TestTexts() {
    }

    public static String resource(String path) {
        try (InputStream in = TestTexts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference original as running text (the file holds one token per line). */
    public static String referenceOriginal() {
        return resource("pairs/cnbc-small-caps/original.txt");
    }

    public static String referenceSpun() {
        return resource("pairs/cnbc-small-caps/spun.txt");
    }

    /** Checks the loss-free contract: outside edits every input character comes out unchanged. */
    public static void assertEditsReproduceText(Restoration r) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Edit e : r.edits()) {
            if (e.start() < at || e.end() < e.start() || e.end() > r.input().length()) {
                throw new AssertionError("edit out of order or outside the input: " + e);
            }
            if (!r.input().substring(e.start(), e.end()).equals(e.before())) {
                throw new AssertionError("edit 'before' does not match the input at its span: " + e);
            }
            b.append(r.input(), at, e.start()).append(e.after());
            at = e.end();
        }
        b.append(r.input(), at, r.input().length());
        if (!b.toString().equals(r.text())) {
            throw new AssertionError("applying the edits to the input does not give the restored text");
        }
    }
}
