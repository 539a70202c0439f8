package org.unspin.decide;

/** A rule misbehaved on a document: it looped past the firing limit or threw. Names the rule. */
public class RuleFaultException extends RuntimeException {
    private final String rule;
    private final int offset;

    public RuleFaultException(String rule, int offset, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
        this.offset = offset;
    }

    public String rule() {
        return rule;
    }

    /** Character offset in the document the rule was working on, or -1. */
    public int offset() {
        return offset;
    }
}
