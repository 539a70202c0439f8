package org.unspin.lm;

import java.io.IOException;

/** A language model file that cannot be read as what it claims to be; the message reads {@code file:line: problem}. */
public class LanguageModelFormatException extends IOException {
    private final String file;
    private final long line;

    /** @param line 1-based line of a text file, or 0 for a binary file or the file as a whole */
    public LanguageModelFormatException(String file, long line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line, 0 when the problem has no line */
    public long line() {
        return line;
    }
}
