package org.unspin;

/** The engine's version, as `unspin --version` and the reports show it. */
public final class Version {

    public static final String NUMBER = "0.1.0";

    private Version() {
    }

    /** "unspin 0.1.0". */
    public static String describe() {
        return "unspin " + NUMBER;
    }
}
