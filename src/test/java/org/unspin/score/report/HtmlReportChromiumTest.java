package org.unspin.score.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.cli.CliRun;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Loads the HTML pages in headless Chromium: the score page of the reference pair and the report
 * of the suspect copy (with and without its original). Each must run its script without console
 * output or errors, keep its numbered marks and edit table in the DOM, and show its columns side
 * by side in a screenshot (kept under target/report-screenshots/ to look at). Skipped, with a
 * message, where Chromium is not installed.
 */
class HtmlReportChromiumTest {

    private static final long TIMEOUT_SECONDS = 90;

    // The top bars of the columns, as HtmlReport's style sheet colours them.
    private static final int ORIGINAL_BAR = 0x1155cc;
    private static final int SPUN_BAR = 0x7a1fa2;
    private static final int CANDIDATE_BAR = 0x00796b;

    private static final String SPUN_EXAMPLE = "examples/cnbc-small-caps/spun.txt";
    private static final String ORIGINAL_EXAMPLE = "examples/cnbc-small-caps/original.txt";

    private static Path chromium;

    @TempDir
    Path work;

    private static final String NO_CHROMIUM = "Chromium is not on PATH (Debian package chromium, which .ci/run installs):"
            + " skipping the browser tests of the HTML reports";

    private static final Path SCREENSHOTS = Path.of("target/report-screenshots");

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
            assertTrue(dom.contains("<span class=\"edit " + outcome + "\" data-edit=\""), "a highlighted edit: " + outcome);
        }
        assertTrue(dom.contains("rule: restore-head-of-state") && dom.contains("lexicon: lexicon/phrases.tsv:7"),
                "hover text of an annotated edit");
        assertTrue(dom.contains("<td>restore-head-of-state</td><td class=\"source\">lexicon/phrases.tsv:7</td>"),
                "the edit table names rule and lexicon line");
        assertEveryMarkHasItsRow(dom);
    }

    @Test
    void suspectCopyPageNeedsNoOriginal() throws Exception {
        Path page = work.resolve("copy.html");
        CliRun run = CliRun.of("restore", SPUN_EXAMPLE, "--format", "html", "--out", page.toString());
        assertEquals(0, run.exit(), run.err());
        Result result = run("--dump-dom", page.toUri().toString());
        assertEquals(List.of(), consoleLines(result.stderr()), "console output of the page");
        String dom = result.stdout();
        assertTrue(dom.contains("data-ready=\"yes\""), "the page script ran to its end: " + head(dom));
        assertTrue(dom.contains("id=\"spun\"") && dom.contains("id=\"candidate\"") && !dom.contains("id=\"original\""),
                "the copy and its restoration, no original");
        assertTrue(dom.contains("<dt>suspect copy</dt><dd>" + SPUN_EXAMPLE + "</dd>"), "file name");
        assertTrue(dom.contains("<dt>engine</dt><dd>unspin "), "engine version");
        assertTrue(Pattern.compile("<dt>date</dt><dd>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d ").matcher(dom).find(), "date");
        assertTrue(dom.contains("<h2>Spin risk</h2>") && dom.contains("(high): a marker for triage"), "spin risk");
        assertTrue(dom.contains("<td>accept: a strong candidate whose guards hold</td><td class=\"source\">lexicon/finance.tsv:"),
                "rule and lexicon line in the edit table");
        assertFalse(dom.contains("\u2038") || dom.contains("<section class=\"metrics\">"), "no gap caret; no metrics without an original");
        assertEveryMarkHasItsRow(dom);
        screenshot(page, "suspect-copy.png", List.of(SPUN_BAR, CANDIDATE_BAR));
    }

    @Test
    void suspectCopyPageWithItsOriginalGainsMetricsAndOutcomes() throws Exception {
        Path page = work.resolve("scored.html");
        CliRun run = CliRun.of("restore", SPUN_EXAMPLE, "--original", ORIGINAL_EXAMPLE, "--format", "html", "--out", page.toString());
        assertEquals(0, run.exit(), run.err());
        Result result = run("--dump-dom", page.toUri().toString());
        assertEquals(List.of(), consoleLines(result.stderr()), "console output of the page");
        String dom = result.stdout();
        assertTrue(dom.contains("<dt>original</dt><dd>" + ORIGINAL_EXAMPLE + "</dd>"), "original's file name");
        assertTrue(dom.matches("(?s).*<tr data-metric=\"precision\"><th>precision</th><td>0\\.\\d{4}</td><td>n/a</td><td></td></tr>.*"),
                "undefined precision of the copy, with no change");
        for (String outcome : List.of("correct", "wrong", "missed")) {
            assertTrue(dom.contains("<span class=\"edit " + outcome + "\" data-edit=\""), "an edit marked " + outcome);
        }
        assertTrue(dom.contains("<th>outcome</th>") && dom.contains("<td>restored correctly</td>"), "outcomes in the table");
        assertEveryMarkHasItsRow(dom);
        screenshot(page, "suspect-copy-with-original.png", List.of(SPUN_BAR, CANDIDATE_BAR, ORIGINAL_BAR));
    }

    @Test
    void screenshotShowsThreeColumnsSideBySide() throws Exception {
        screenshot(writeReferenceReport(), "score.png", List.of(ORIGINAL_BAR, SPUN_BAR, CANDIDATE_BAR));
    }

    /** Every edit number marked in a column has its row in the edit table, and every row its mark. */
    private static void assertEveryMarkHasItsRow(String dom) {
        Set<String> marked = new TreeSet<>();
        Matcher marks = Pattern.compile("<a class=\"tag\" href=\"#edit-(\\d+)\">").matcher(dom);
        while (marks.find()) {
            marked.add(marks.group(1));
        }
        Set<String> rows = new TreeSet<>();
        Matcher row = Pattern.compile("<tr id=\"edit-(\\d+)\"").matcher(dom);
        while (row.find()) {
            rows.add(row.group(1));
        }
        assertFalse(rows.isEmpty(), "an edit table");
        assertEquals(rows, marked, "numbers in the columns and in the table");
    }

    /** Takes a screenshot into target/report-screenshots/ and checks the columns stand side by side, left to right. */
    private void screenshot(Path page, String name, List<Integer> barsLeftToRight) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name);
        Files.deleteIfExists(png);
        Result result = run("--window-size=1400,1000", "--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(),
                page.toUri().toString());
        assertTrue(Files.exists(png) && Files.size(png) > 0, "no screenshot: " + result.stderr());
        BufferedImage image = ImageIO.read(png.toFile());
        List<Box> columns = barsLeftToRight.stream().map(bar -> find(image, bar)).toList();
        for (int i = 1; i < columns.size(); i++) {
            assertTrue(columns.get(i - 1).right < columns.get(i).left, "columns left to right: " + columns);
            assertTrue(Math.abs(columns.get(i - 1).top - columns.get(i).top) <= 2, "columns start on one line: " + columns);
        }
        for (Box column : columns) {
            assertTrue(column.width() > image.getWidth() / (columns.size() + 2), "column width " + column);
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
