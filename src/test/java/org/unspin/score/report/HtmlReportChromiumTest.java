package org.unspin.score.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.score.EditAnnotation;
import org.unspin.score.Scorer;
import org.unspin.score.ScoringExamples;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Loads the HTML report of the reference pair in headless Chromium: the page must run its
 * script without console output or errors, and a screenshot must show the three columns side by
 * side. Skipped, with a message, where Chromium is not installed.
 */
class HtmlReportChromiumTest {

    private static final long TIMEOUT_SECONDS = 90;

    // The top bars of the columns, as HtmlReport's style sheet colours them.
    private static final int ORIGINAL_BAR = 0x1155cc;
    private static final int SPUN_BAR = 0x7a1fa2;
    private static final int CANDIDATE_BAR = 0x00796b;

    private static Path chromium;

    @TempDir
    Path work;

    private static final String NO_CHROMIUM = "Chromium is not on PATH (Debian packages chromium and chromium-driver,"
            + " which .ci/run installs): skipping the browser test of the HTML report";

    @BeforeAll
    static void findChromium() {
        chromium = onPath("chromium").or(() -> onPath("chromium-browser")).orElse(null);
        if (chromium == null) {
            System.err.println(HtmlReportChromiumTest.class.getSimpleName() + ": " + NO_CHROMIUM);
        }
    }

    @BeforeEach
    void requireChromium() {
        assumeTrue(chromium != null, NO_CHROMIUM);
    }

    @Test
    void pageRunsWithoutConsoleMessagesAndKeepsItsMarks() throws Exception {
        Path page = writeReferenceReport();
        Result result = run("--dump-dom", page.toUri().toString());
        assertEquals(List.of(), consoleLines(result.stderr()), "console output of the page");
        String dom = result.stdout();
        assertTrue(dom.contains("data-ready=\"yes\""), "the page script ran to its end: " + head(dom));
        for (String id : List.of("original", "spun", "candidate")) {
            assertTrue(dom.contains("id=\"" + id + "\""), "column " + id);
        }
        for (String outcome : List.of("correct", "wrong", "missed", "false-alarm")) {
            assertTrue(dom.contains("<span class=\"edit " + outcome + "\" title=\""), "a highlighted edit: " + outcome);
        }
        assertTrue(dom.contains("rule: restore-head-of-state") && dom.contains("lexicon: lexicon/phrases.tsv:7"),
                "hover text of an annotated edit");
    }

    @Test
    void screenshotShowsThreeColumnsSideBySide() throws Exception {
        Path page = writeReferenceReport();
        Path png = work.resolve("report.png");
        Result result = run("--window-size=1400,1000", "--hide-scrollbars", "--screenshot=" + png, page.toUri().toString());
        assertTrue(Files.size(png) > 0, "no screenshot: " + result.stderr());
        BufferedImage image = ImageIO.read(png.toFile());
        Box original = find(image, ORIGINAL_BAR);
        Box spun = find(image, SPUN_BAR);
        Box candidate = find(image, CANDIDATE_BAR);
        assertTrue(original.right < spun.left && spun.right < candidate.left,
                "columns left to right: " + original + " " + spun + " " + candidate);
        assertTrue(Math.abs(original.top - spun.top) <= 2 && Math.abs(spun.top - candidate.top) <= 2,
                "columns start on one line: " + original + " " + spun + " " + candidate);
        for (Box column : List.of(original, spun, candidate)) {
            assertTrue(column.width() > image.getWidth() / 5, "column width " + column);
        }
    }

    @Test
    void aScriptErrorWouldBeCaught() throws Exception {
        Path page = work.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x</title>"
                + "<link rel=\"icon\" href=\"data:,\"></head><body><script>undefinedFunction();</script></body></html>");
        Result result = run("--dump-dom", page.toUri().toString());
        List<String> console = consoleLines(result.stderr());
        assertTrue(console.stream().anyMatch(line -> line.contains("Uncaught")), "error not seen: " + result.stderr());
    }

    private Path writeReferenceReport() throws IOException {
        String original = ScoringExamples.referenceOriginal();
        String spun = ScoringExamples.referenceSpun();
        String candidate = spun
                .replace("Head of state Donald", "President Donald")   // restored correctly
                .replace("Federal Reservoir", "Federal Bank")          // wrong
                .replace("on Tuesday", "on Wednesday");                // false alarm
        List<EditAnnotation> annotations = List.of(
                annotation(spun, "Head of state", "President", "restore-head-of-state", "lexicon/phrases.tsv:7"),
                annotation(spun, "Reservoir", "Bank", "restore-federal-reserve", "lexicon/phrases.tsv:9"));
        Path page = work.resolve("report.html");
        Files.writeString(page, HtmlReport.render(Scorer.score(original, candidate, spun, annotations)));
        return page;
    }

    private static EditAnnotation annotation(String spun, String before, String after, String rule, String source) {
        int start = spun.indexOf(before);
        return new EditAnnotation(start, start + before.length(), before, after, rule, source);
    }

    private record Result(String stdout, String stderr) {
    }

    private Result run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + Files.createTempDirectory(work, "profile")));
        command.addAll(List.of(arguments));
        File stdout = Files.createTempFile(work, "stdout", ".txt").toFile();
        File stderr = Files.createTempFile(work, "stderr", ".txt").toFile();
        Process process = new ProcessBuilder(command).redirectOutput(stdout).redirectError(stderr).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String err = Files.readString(stderr.toPath(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "Chromium failed: " + err);
        return new Result(Files.readString(stdout.toPath(), StandardCharsets.UTF_8), err);
    }

    /** Chromium logs each console message and uncaught error of the page as a CONSOLE line. */
    private static List<String> consoleLines(String stderr) {
        return stderr.lines().filter(line -> line.contains(":CONSOLE") || line.contains("Uncaught")).toList();
    }

    private record Box(int left, int top, int right, int bottom) {
        int width() {
            return right - left + 1;
        }
    }

    private static Box find(BufferedImage image, int rgb) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                    right = Math.max(right, x);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        assertFalse(right < 0, String.format("no pixel of colour #%06x in the screenshot", rgb));
        return new Box(left, top, right, bottom);
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Pattern.compile(Pattern.quote(File.pathSeparator)).splitAsStream(path)
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static String head(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
