package org.unspin.lexicon.importer;

/** Why a screener pair did not become a lexicon entry; each dropped pair is counted once, under its first reason. */
public enum DropReason {
    MALFORMED("malformed row (missing columns or paper count)"),
    EMPTY("empty side"),
    UNSURE("expected value contains '?' (curators unsure)"),
    BRACKETS("parentheses or brackets (notes, acronyms)"),
    ANNOTATION("annotation in the expected value (URL, 'see', 'as in', '=', '*', '->', ':')"),
    QUOTES("quotes or escaped quotes"),
    LIST("AND/OR list, or alternatives joined by 'or' or commas"),
    ALTERNATIVES("'/' alternatives"),
    NO_LETTERS("a side without letters (digits only)"),
    SAME("tortured side equals expected side"),
    FUNCTION_WORD("a side is a single function word (are, the, by ...)"),
    TOO_LONG("more than 6 words (or 8 tokens) on a side"),
    SENTENCE("a side is a sentence"),
    DUPLICATE("duplicate tortured phrase, fewer papers"),
    CONFLICT("conflicting expected values, none with 3x the papers of the others"),
    OUTVOTED("conflicting expected value outvoted 3:1 by papers"),
    CHAINED("expected value is itself the tortured phrase of another pair");

    private final String description;

    DropReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
