package org.unspin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's result as UTF-8: to the file named by {@code --out}, or to standard output. */
final class CommandOutput {

    private CommandOutput() {
    }

    /** {@code out} null means standard output. */
    static void write(Path out, String text) {
        if (out == null) {
            PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            stdout.print(text);
            stdout.flush();
            return;
        }
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FileProblems.cannotWrite(out, e);
        }
    }
}
