package org.unspin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher {@code ./unspin} chooses JVM flags by input size: the client compiler alone up to
 * 20 MiB of input, the optimizing compiler above; the serial collector for one document under
 * 1 MiB (or standard input), the parallel one otherwise and for every batch. Checked with
 * {@code UNSPIN_LAUNCHER_DRY_RUN}, which prints the choice without building or running anything;
 * the big inputs are sparse files.
 */
class LauncherFlagsTest {

    private static final String C1_SERIAL = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
    private static final String C1_PARALLEL = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC";
    private static final String C2_PARALLEL = "-XX:+UseParallelGC";

    @TempDir
    Path dir;

    @Test
    void aSmallDocumentStartsFast() throws Exception {
        Path f = file("small.txt", 2_000);
        assertEquals("input_bytes=2000 batch=0 flags=" + C1_SERIAL, launch("restore", f.toString()));
        assertEquals("input_bytes=0 batch=0 flags=" + C1_SERIAL, launch("restore", "-"));
        assertEquals("input_bytes=0 batch=0 flags=" + C1_SERIAL, launch("restore"));
    }

    @Test
    void aMillionTokensKeepTheClientCompilerWithTheParallelCollector() throws Exception {
        Path f = file("1m.txt", 5_400_000);
        assertEquals("input_bytes=5400000 batch=0 flags=" + C1_PARALLEL, launch("restore", "--format", "json", f.toString()));
    }

    @Test
    void aVeryLargeDocumentTakesTheOptimizingCompiler() throws Exception {
        Path f = file("big.txt", 21 * 1024 * 1024);
        assertEquals("input_bytes=" + 21 * 1024 * 1024 + " batch=0 flags=" + C2_PARALLEL, launch("restore", f.toString()));
    }

    @Test
    void optionValuesAreNotInput() throws Exception {
        Path small = file("small.txt", 100);
        Path model = file("model.lm", 30 * 1024 * 1024);
        Path original = file("original.txt", 30 * 1024 * 1024);
        assertEquals("input_bytes=100 batch=0 flags=" + C1_SERIAL,
                launch("restore", "--lm", model.toString(), "--original", original.toString(), small.toString()));
    }

    @Test
    void aBatchCountsItsTextFilesAndRunsOnTheParallelCollector() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(in.resolve("sub"));
        file("in/a.txt", 300);
        file("in/sub/b.TXT", 700);
        file("in/c.json", 50 * 1024 * 1024);
        assertEquals("input_bytes=1000 batch=1 flags=" + C1_PARALLEL,
                launch("restore", "--batch", in.toString(), "--out", dir.resolve("out").toString()));
        assertEquals("input_bytes=1000 batch=1 flags=" + C1_PARALLEL,
                launch("restore", "--threads", "2", "--batch=" + in, "--out", dir.resolve("out").toString()));
        file("in/big.txt", 20 * 1024 * 1024);
        assertEquals("input_bytes=" + (20 * 1024 * 1024 + 1000) + " batch=1 flags=" + C2_PARALLEL,
                launch("restore", "--batch", in.toString(), "--out", dir.resolve("out").toString()));
    }

    private Path file(String name, long bytes) throws IOException {
        Path f = dir.resolve(name);
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(bytes);
        }
        return f;
    }

    private static String launch(String... args) throws Exception {
        Path launcher = Path.of("unspin").toAbsolutePath();
        assumeTrue(Files.isRegularFile(launcher) && Files.isExecutable(Path.of("/bin/bash")), "bash and ./unspin needed");
        List<String> cmd = new ArrayList<>(List.of("/bin/bash", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().put("UNSPIN_LAUNCHER_DRY_RUN", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("launcher did not finish");
        }
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
