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
                RestoreCommand.class,
                ExplainCommand.class,
                CheckCommand.class,
                RegressCommand.class,
                MineCommand.class,
                DetectCommand.class,
                ScoreCommand.class,
                ImportPpsCommand.class,
                ImportLanguageDataCommand.class,
                SimulateCommand.class,
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
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        cli.setParameterExceptionHandler((e, a) -> {
            if (debug) {
                e.printStackTrace();
            }
            System.err.println("unspin: " + e.getMessage() + " (see --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            if (debug) {
                e.printStackTrace();
            }
            if (e instanceof UsageException || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                System.err.println("unspin: " + e.getMessage());
                return 2;
            }
            System.err.println("unspin: " + firstLine(e) + (debug ? "" : " (--debug shows the stack trace)"));
            return 1;
        });
        return cli.execute(rest);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.contains("\n") ? m + "" : m;
    }
}
