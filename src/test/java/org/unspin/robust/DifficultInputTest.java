package org.unspin.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.TestEngines;
import org.unspin.TestTexts;
import org.unspin.Unspinner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text as scrapers deliver it. Whatever comes in, the engine answers (no exception, no hang), every
 * edit lies inside the input, and every character outside an edit comes out as it went in.
 */
class DifficultInputTest {

    private static final Unspinner ENGINE = TestEngines.defaults();
    private static final String SPUN = "The Federal Reservoir met.";

    static Stream<Arguments> difficultTexts() {
        byte[] brokenUtf8 = {'T', 'h', 'e', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, (byte) 0xFE, ' ', (byte) 0xE2, (byte) 0x82,
                ' ', (byte) 0xF0, (byte) 0x9F, ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ' ', 'e', 'n', 'd'};
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("whitespace only", " \t\n\r\n \u00A0\u2003\u3000 "),
                Arguments.of("one character", "x"),
                Arguments.of("one punctuation mark", "."),
                Arguments.of("one straight quote", "\""),
                Arguments.of("one ampersand", "&"),
                Arguments.of("invalid UTF-8 decoded with replacement characters", new String(brokenUtf8, StandardCharsets.UTF_8)),
                Arguments.of("NUL and control characters", "a\u0000b\u0001\u0007\u0008\u000B\u000C\u001B[31m\u007F\u0085\u009F c"),
                Arguments.of("emoji and skin tones", "Stocks \uD83D\uDE80\uD83D\uDE80 rallied \uD83D\uDC4D\uD83C\uDFFD; \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 family"),
                Arguments.of("combining marks", "Cafe\u0301 re\u0301sume\u0301 \u0301leading mark, Z\u0335\u0321a\u0362l\u0337g\u0336o\u0334"),
                Arguments.of("right-to-left text", "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD, \u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645 \u202Ereversed\u202C \u200Fmark"),
                Arguments.of("CRLF line endings", "First line.\r\nSecond line.\r\n\r\nNew paragraph.\r\n"),
                Arguments.of("CR line endings", "First line.\rSecond line.\r\rNew paragraph.\r"),
                Arguments.of("HTML fragment", "<div class=\"story\"><p>Stocks &amp; bonds&nbsp;rallied &lt;b&gt; &#8217;s &#x1F600; &#0; &#xD800; &#99999999; &#9999999; &#x1F2600; &bogus; S&ampP</p>\n<script>alert('x')</script></div>"),
                Arguments.of("lone surrogates", "a\uD800b \uDC00c \uDBFF\uDFFF d\uD83D"),
                Arguments.of("digits outside the basic plane", "\uD81A\uDF56\uD81A\uDF57 items, \uD835\uDFCE\uD835\uDFCF.5, \uD801\uDCA0 x"),
                Arguments.of("byte-order marks and zero-width characters", "\uFEFFStart\u200B\u200C\u200D\u2060 end\uFEFF"),
                Arguments.of("private use and unassigned", "\uE000\uF8FF \uDB80\uDC00 \uFFFF\uFFFE \u0378"),
                Arguments.of("long punctuation runs", "!?.,;:".repeat(2000) + "\"'".repeat(1000)),
                Arguments.of("glued words and broken entities", "endThe rotationInvestors 2000Fundstrat City.Spencer &amp &amp;amp; &#; &#x; & ;"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("difficultTexts")
    void restoresWithoutLosingACharacter(String name, String text) {
        for (boolean assumeSpun : new boolean[] {false, true}) {
            Restoration r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ENGINE.restore(text, new RestoreOptions(assumeSpun)));
            assertEquals(text, r.input());
            TestTexts.assertEditsReproduceText(r);
        }
    }

    /** The same text around a spun phrase: the phrase is restored, the text around it kept. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("difficultTexts")
    void restoresSpinInsideDifficultText(String name, String text) {
        String doc = text + "\n\n" + SPUN + "\n\n" + text;
        Restoration r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ENGINE.restore(doc));
        TestTexts.assertEditsReproduceText(r);
        assertTrue(r.text().contains("The Federal Reserve met."), r.text());
    }

    @Test
    void emptyTextGivesEmptyText() {
        Restoration r = ENGINE.restore("");
        assertEquals("", r.text());
        assertEquals(0, r.editCount());
        assertEquals(0, r.tokens());
    }

    @Test
    void whitespaceControlAndRightToLeftTextComeOutUnchanged() {
        for (String s : new String[] {" \t\n ", "\u0000\u0001\u001F", "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD", "x"}) {
            assertEquals(s, ENGINE.restore(s).text());
        }
    }

    @Test
    void lineEndingsAreKeptAroundARestoration() {
        assertEquals("A.\r\nThe Federal Reserve met.\r\nB.\r", ENGINE.restore("A.\r\nThe Federal Reservoir met.\r\nB.\r").text());
        assertEquals("\u0000The Federal Reserve met.\u0000", ENGINE.restore("\u0000The Federal Reservoir met.\u0000").text());
    }

    /** A token of a megabyte (base64 blobs, minified scripts): in linear time, unchanged. */
    @Test
    void aOneMegabyteTokenComesOutUnchanged() {
        String[] tokens = {
                "x".repeat(1 << 20),
                "aBc".repeat((1 << 20) / 3),                 // a capital every third letter: would be split at each
                "&amp;".repeat((1 << 20) / 5),               // an entity per five characters, no blank to cut at
                "\uD83D\uDE00".repeat(1 << 19),              // surrogate pairs across every section cut
                "9".repeat(1 << 20)};
        for (String token : tokens) {
            Restoration r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ENGINE.restore(token));
            TestTexts.assertEditsReproduceText(r);
            if (!token.startsWith("&")) {
                assertEquals(token, r.text());
            }
        }
    }
}
