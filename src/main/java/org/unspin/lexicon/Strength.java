package org.unspin.lexicon;

/**
 * How much an entry proves on its own. A strong entry's spun side is practically never written
 * by people (killing try, Federal Reservoir); a weak entry's spun side is ordinary English that
 * spinners also produce (economic climate, research study), so it is restored only in a document
 * that shows spin through other, strong evidence.
 */
public enum Strength {
    STRONG, WEAK;

    public static Strength parse(String s) {
        switch (s) {
            case "":
            case "strong":
                return STRONG;
            case "weak":
                return WEAK;
            default:
                throw new IllegalArgumentException("unknown strength '" + s + "' (expected strong or weak)");
        }
    }
}
