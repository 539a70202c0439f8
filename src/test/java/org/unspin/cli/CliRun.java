package org.unspin.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures exit code, stdout and stderr. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        return withInput(new byte[0], args);
    }

    /** One run with {@code stdin} as standard input; runs are serialized, as they swap the JVM's streams. */
    public static CliRun withInput(byte[] stdin, String... args) {
        return run(false, stdin, args);
    }

    /** One run as if standard input were a terminal (on which nothing is typed). */
    public static CliRun onTerminal(String... args) {
        return run(true, new byte[0], args);
    }

    private static synchronized CliRun run(boolean terminal, byte[] stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin));
            InputFiles.stdinIsTerminal = () -> terminal;
            int code = Main.run(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
            InputFiles.stdinIsTerminal = () -> System.console() != null;
        }
    }
}
