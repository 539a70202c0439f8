package org.unspin.cli;

import picocli.CommandLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lays out --help text at {@value #WIDTH} columns, breaking lines at spaces only. Picocli wraps
 * with the JDK's line BreakIterator, which breaks after every full stop ("every ." / "txt file",
 * "F0." / "5"). So picocli renders each section without wrapping, and this wraps its lines again,
 * each continuation aligned as picocli aligns it: under the description column, two further in.
 */
final class HelpLayout {

    static final int WIDTH = 80;

    /** Wide enough that picocli wraps no line itself. */
    private static final int UNWRAPPED = 10_000;

    private HelpLayout() {
    }

    /** Applies the layout to {@code cli} and all its subcommands. */
    static void apply(CommandLine cli) {
        cli.getCommandSpec().usageMessage().width(UNWRAPPED).autoWidth(false);
        Map<String, CommandLine.IHelpSectionRenderer> sections = cli.getHelpSectionMap();
        sections.replaceAll((key, renderer) -> key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS)
                ? help -> wrapSynopsis(renderer.render(help), help.synopsisHeadingLength())
                : help -> wrap(renderer.render(help)));
        cli.setHelpSectionMap(sections);
        cli.getSubcommands().values().stream().distinct().forEach(HelpLayout::apply);
    }

    /** Wraps every line of {@code text} longer than the width. */
    static String wrap(String text) {
        return Arrays.stream(text.split("\n", -1)).map(HelpLayout::wrapLine).collect(Collectors.joining("\n"));
    }

    /**
     * Wraps the synopsis ("unspin restore [-hV] ... [FILE]"), which follows its heading ("Usage: ")
     * on the first line; continuations go under its first option, as picocli puts them.
     */
    static String wrapSynopsis(String text, int headingLength) {
        String heading = " ".repeat(headingLength);
        return Arrays.stream(text.split("\n", -1)).map(line -> {
            if (line.isBlank() || line.startsWith(" ")) {
                return line;
            }
            int firstOption = line.indexOf(" [");
            int indent = headingLength + (firstOption < 0 ? line.indexOf(' ') + 1 : firstOption + 1);
            return wrapLine(heading + line, indent).substring(headingLength);
        }).collect(Collectors.joining("\n"));
    }

    private static String wrapLine(String line) {
        return line.length() <= WIDTH ? line : wrapLine(line, continuationIndent(line));
    }

    private static String wrapLine(String line, int indent) {
        if (line.length() <= WIDTH) {
            return line;
        }
        List<String> lines = new ArrayList<>();
        String rest = line;
        String prefix = "";
        while ((prefix + rest).length() > WIDTH) {
            String candidate = prefix + rest;
            int cut = candidate.lastIndexOf(' ', WIDTH);
            if (cut <= prefix.length() + 1 || candidate.substring(prefix.length(), cut).isBlank()) {
                int next = candidate.indexOf(' ', WIDTH);
                if (next < 0) {
                    break; // one word longer than the line: leave it whole
                }
                cut = next;
            }
            lines.add(candidate.substring(0, cut).stripTrailing());
            rest = candidate.substring(cut).stripLeading();
            prefix = " ".repeat(indent);
        }
        lines.add(prefix + rest);
        return String.join("\n", lines);
    }

    /**
     * Where a wrapped line goes on: for an option or command row ("  --out=FILE   Write ..."), two
     * past the description column; for a paragraph, at its own indentation.
     */
    private static int continuationIndent(String line) {
        int lead = line.length() - line.stripLeading().length();
        int gap = line.indexOf("  ", lead);
        if (gap < 0 || gap > 40) {
            return lead;
        }
        int description = gap;
        while (description < line.length() && line.charAt(description) == ' ') {
            description++;
        }
        return description + 2;
    }
}
