package org.unspin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Command-line entry point: one subcommand per job. */
@Command(name = "unspin",
        mixinStandardHelpOptions = true,
        version = "unspin 0.1.0",
        description = "Restores the original wording of spun text and explains every edit.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ScoreCommand.class,
        })
public final class Main implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests: no System.exit). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
