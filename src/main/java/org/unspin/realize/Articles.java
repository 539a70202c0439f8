package org.unspin.realize;

import java.util.Locale;
import java.util.Set;

/** Chooses "a" or "an" by the sound of the next word (an hour, a union, an NYSE listing). */
final class Articles {
    private static final Set<String> VOWEL_LETTER_CONSONANT_SOUND = Set.of("uni", "use", "usa", "usu", "uti", "ura", "ure", "eu", "ewe", "one", "once", "ubi");
    private static final Set<String> SILENT_H = Set.of("hour", "honest", "honor", "honour", "heir");
    private static final String VOWEL_SOUND_LETTER_NAMES = "aefhilmnorsx";

    private Articles() {
    }

    static String articleFor(String nextWord) {
        if (nextWord.isEmpty()) {
            return "a";
        }
        String lower = nextWord.toLowerCase(Locale.ROOT);
        boolean acronym = nextWord.length() > 1 && nextWord.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (acronym) {
            return VOWEL_SOUND_LETTER_NAMES.indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
        }
        for (String h : SILENT_H) {
            if (lower.startsWith(h)) {
                return "an";
            }
        }
        for (String p : VOWEL_LETTER_CONSONANT_SOUND) {
            if (lower.startsWith(p)) {
                return "a";
            }
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
    }
}
