package org.unspin.tokenize;

/** How a token is capitalized; restoration carries the spun word's shape over to the original. */
public enum CaseShape {
    LOWER, CAPITALIZED, UPPER, MIXED, NONE;

    public static CaseShape of(CharSequence s) {
        int letters = 0;
        int upper = 0;
        boolean firstUpper = false;
        boolean seenLetter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!seenLetter) {
                    firstUpper = Character.isUpperCase(c);
                    seenLetter = true;
                }
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (letters == 0) {
            return NONE;
        }
        if (upper == 0) {
            return LOWER;
        }
        if (upper == letters) {
            return letters == 1 ? CAPITALIZED : UPPER;
        }
        if (firstUpper && upper == 1) {
            return CAPITALIZED;
        }
        return MIXED;
    }

    /** Gives {@code lower} this shape (MIXED and NONE leave it as it is). */
    public String apply(String lower) {
        switch (this) {
            case UPPER:
                return lower.toUpperCase(java.util.Locale.ROOT);
            case CAPITALIZED:
                return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + lower.substring(1);
            default:
                return lower;
        }
    }
}
