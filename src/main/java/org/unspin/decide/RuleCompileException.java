package org.unspin.decide;

import java.util.List;
import java.util.stream.Collectors;

/** Rule files that do not compile; lists every problem with its file and line. */
public class RuleCompileException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleCompileException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
