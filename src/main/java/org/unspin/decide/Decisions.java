package org.unspin.decide;

import org.unspin.decide.facts.Candidate;
import org.unspin.decide.facts.Requirement;
import org.unspin.decide.facts.Status;

import java.util.List;
import java.util.Map;

/** The outcome of the decide stage for one document. */
public record Decisions(List<Candidate> candidates, Map<Candidate, List<Requirement>> requirements,
                        boolean documentSpun, String spinReason, java.util.Set<String> rulesFired) {

    public List<Candidate> accepted() {
        return candidates.stream().filter(c -> c.getStatus() == Status.ACCEPTED).toList();
    }

    public List<Candidate> rejected() {
        return candidates.stream().filter(c -> c.getStatus() != Status.ACCEPTED).toList();
    }

    public List<Requirement> requirementsOf(Candidate c) {
        return requirements.getOrDefault(c, List.of());
    }
}
