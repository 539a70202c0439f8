package org.unspin.cli;

import org.unspin.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Command-line entry point: one subcommand per job. */
@Command(name = "unspin",
        mixinStandardHelpOptions = true,
        version = "unspin " + Version.NUMBER,
        description = "Restores the original wording of spun text and explains every edit.",
        footer = {"", "Exit status: 0 done, 2 bad usage or an unreadable file, 1 errors in the rules or lexicon or a rule "
                + "fault. Each command has --help."},
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
                TrainScorerCommand.class,
        })
public final class Main implements Runnable {

    static final String DEBUG = "--debug";

    // Read before parsing (see run), so that it works anywhere on the line and even when parsing
    // fails; declared here so that every command's --help lists it.
    @Option(names = DEBUG, scope = ScopeType.INHERIT, description = "On an error, also print the stack trace.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out); // only --debug was given: the usage, as for no argument
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests: no System.exit). */
    public static int run(String... args) {
        boolean debug = Arrays.asList(args).contains(DEBUG);
        String[] rest = Arrays.stream(args).filter(a -> !a.equals(DEBUG)).toArray(String[]::new);
        CommandLine cli = new CommandLine(new Main());
        HelpLayout.apply(cli);
        if (rest.length == 0) {
            // no command is bad usage: say what there is, on stderr, and fail
            cli.usage(System.err);
            return 2;
        }
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        cli.setParameterExceptionHandler((e, a) -> {
            if (debug) {
                e.printStackTrace();
            }
            System.err.println("unspin: " + usageProblem(e) + " (see --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            if (debug) {
                e.printStackTrace();
            }
            if (e instanceof UsageException) {
                System.err.println("unspin: " + e.getMessage());
                return 2;
            }
            if (e instanceof IOException || e instanceof UncheckedIOException) {
                System.err.println("unspin: " + FileProblems.describe(e));
                return 2;
            }
            System.err.println("unspin: " + message(e) + (debug ? "" : " (--debug shows the stack trace)"));
            return 1;
        });
        return cli.execute(rest);
    }

    /**
     * Picocli's message, except for an unknown option: picocli then also lists the arguments after
     * it ("Unknown options: '--format', 'FILE'"), which blames the file. Name the option alone.
     */
    private static String usageProblem(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> arguments = unmatched.getUnmatched();
            if (!arguments.isEmpty() && arguments.get(0).startsWith("-") && arguments.get(0).length() > 1) {
                return "Unknown option: '" + arguments.get(0) + "'";
            }
        }
        return e.getMessage();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
