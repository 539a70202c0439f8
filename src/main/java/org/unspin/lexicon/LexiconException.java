package org.unspin.lexicon;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when lexicon files hold errors; carries every problem found, not only the first. */
public class LexiconException extends RuntimeException {
    private final List<LexiconProblem> problems;

    public LexiconException(List<LexiconProblem> problems) {
        super(problems.stream().map(LexiconProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LexiconProblem> problems() {
        return problems;
    }
}
