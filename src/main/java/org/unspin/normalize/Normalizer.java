package org.unspin.normalize;

import org.apache.commons.text.StringEscapeUtils;
import org.unspin.lexicon.ScrapingRule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs scraping damage before anything else reads the text, each repair an explained edit:
 * boilerplate from the scraping lexicon (widget text, promotional lines), literal repairs of
 * mis-decoded characters, HTML entities ("S&ampP"), sentences glued together ("City.Spencer",
 * "rotationInvestors", "2000Fundstrat"), an opening quote glued to the previous sentence
 * ('cohort." Our') and stray punctuation before the first word. Earlier repairs win where two
 * would touch the same characters.
 */
public final class Normalizer {

    public static final String RULE_BOILERPLATE = "normalize: boilerplate";
    public static final String RULE_REPAIR = "normalize: mis-decoded characters";
    public static final String RULE_ENTITY = "normalize: HTML entity";
    public static final String RULE_GLUED = "normalize: glued sentences";
    public static final String RULE_QUOTE = "normalize: misplaced opening quote";
    public static final String RULE_STRAY = "normalize: stray leading punctuation";

    static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    static final Pattern BARE_ENTITY = Pattern.compile("&(amp|quot|lt|gt|nbsp)(?![a-z;])");
    /**
     * A sentence end glued to the next sentence; the match starts with the sentence-ending mark,
     * so the engine rejects almost every position at its first character.
     */
    static final Pattern GLUED_SENTENCE = Pattern.compile("([.!?](?<=[\\p{L}\\d%)][\\p{Ll}\\d%)][.!?])[\"”’]?)(?=\\p{Lu}\\p{Ll})");
    /** A number glued to the next word; the insertion point is the end of the match, after the second digit. */
    static final Pattern GLUED_DIGIT = Pattern.compile("\\d(?<=\\d\\d)(?=\\p{Lu}\\p{Ll}{2,})");
    private static final int MAX_GLUED_WORD = 64;
    private static final Pattern STRAY_START = Pattern.compile("\\A\\s*[.,;:|]+\\s*(?=\\p{L})");

    private final List<ScrapingRule> boilerplate = new ArrayList<>();
    private final List<Pattern> boilerplatePatterns = new ArrayList<>();
    private final List<ScrapingRule> repairs = new ArrayList<>();
    private final Set<String> glueLeft = new HashSet<>();
    private final Set<String> keep = new HashSet<>();
    private final Predicate<String> isWord;

    /** @param isWord whether a lower-case word is an English word (WordNet knows it or a base form of it) */
    public Normalizer(List<ScrapingRule> rules, Predicate<String> isWord) {
        this.isWord = isWord;
        for (ScrapingRule r : rules) {
            switch (r.kind()) {
                case BOILERPLATE, BOILERPLATE_SENTENCE -> {
                    boilerplate.add(r);
                    boilerplatePatterns.add(globToPattern(r.text()));
                }
                case REPAIR -> repairs.add(r);
                case GLUE_LEFT -> glueLeft.add(r.text());
                case KEEP -> keep.add(r.text().toLowerCase(Locale.ROOT));
                default -> { }
            }
        }
    }

    /** Literal text, with {@code *} standing for up to 40 characters of one line. */
    static Pattern globToPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append("[^\\n]{0,40}?");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    public NormalizedText normalize(String input) {
        Repairs edits = new Repairs();
        findBoilerplate(input, edits);
        findRepairs(input, edits);
        findEntities(input, edits);
        findGlue(input, edits);
        findMisplacedQuotes(input, edits);
        Matcher stray = STRAY_START.matcher(input);
        if (stray.find()) {
            edits.add(new TextEdit(stray.start(), stray.end(), "", RULE_STRAY, null, "punctuation before the first word"));
        }
        return new NormalizedText(input, edits.sorted());
    }

    /**
     * The repairs found so far, indexed by start: junk such as a megabyte of "&amp;amp;" holds
     * hundreds of thousands of them, and checking each new one against all would never finish.
     */
    private static final class Repairs {
        // Kept repairs never overlap (an insertion conflicts with an edit touching its point), so
        // their starts are distinct and their ends grow with their starts.
        private final TreeMap<Integer, TextEdit> byStart = new TreeMap<>();

        /** Adds the edit unless an earlier repair already covers those characters. */
        void add(TextEdit edit) {
            for (TextEdit e : byStart.headMap(edit.end(), true).descendingMap().values()) {
                if (e.end() < edit.start()) {
                    break;
                }
                if (e.overlaps(edit)) {
                    return;
                }
            }
            byStart.put(edit.start(), edit);
        }

        List<TextEdit> sorted() {
            return new ArrayList<>(byStart.values());
        }
    }

    private void findBoilerplate(String input, Repairs edits) {
        for (int i = 0; i < boilerplate.size(); i++) {
            ScrapingRule rule = boilerplate.get(i);
            Matcher m = boilerplatePatterns.get(i).matcher(input);
            int removedUntil = -1;
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (start == end) {
                    continue; // a pattern of wildcards only would remove every sentence (the parser rejects it)
                }
                if (rule.kind() == ScrapingRule.Kind.BOILERPLATE_SENTENCE) {
                    if (start < removedUntil) {
                        continue; // its sentence is already removed; finding it again costs a scan of the sentence
                    }
                    start = sentenceStart(input, start);
                    end = sentenceEnd(input, end);
                    start = withSeparatingWhitespace(input, start);
                    removedUntil = end;
                }
                edits.add(new TextEdit(start, end, "", RULE_BOILERPLATE, rule.source(), "boilerplate '" + rule.text() + "'"));
            }
        }
    }

    /**
     * Takes the whitespace that separated a removed sentence from the previous one: all of it
     * after a sentence end, else back to the first line break. (Found in one pass: stepping back
     * a character at a time and rescanning the sentence each time is quadratic in a long run of
     * blanks.)
     */
    private static int withSeparatingWhitespace(String s, int start) {
        int run = start;
        while (run > 0 && Character.isWhitespace(s.charAt(run - 1))) {
            run--;
        }
        if (run == 0 || isSentenceEnd(s.charAt(run - 1))) {
            return run;
        }
        int firstBreak = s.indexOf('\n', run);
        return firstBreak >= 0 && firstBreak < start ? firstBreak : start;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static int sentenceStart(String s, int from) {
        int i = from;
        while (i > 0) {
            char c = s.charAt(i - 1);
            if (c == '\n' || c == '.' || c == '!' || c == '?') {
                break;
            }
            i--;
        }
        while (i < from && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int sentenceEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                return i;
            }
            i++;
            if (c == '.' || c == '!' || c == '?') {
                while (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\u201D')) {
                    i++;
                }
                return i;
            }
        }
        return i;
    }

    private void findRepairs(String input, Repairs edits) {
        for (ScrapingRule r : repairs) {
            int at = input.indexOf(r.text());
            while (at >= 0) {
                edits.add(new TextEdit(at, at + r.text().length(), r.replacement(), RULE_REPAIR, r.source(),
                        "mis-decoded '" + r.text() + "'"));
                at = input.indexOf(r.text(), at + Math.max(1, r.text().length()));
            }
        }
    }

    private static void findEntities(String input, Repairs edits) {
        if (input.indexOf('&') < 0) {
            return;
        }
        eachMatch(ENTITY, input, c -> c == '&', m -> {
            if (namesACharacter(m.group())) {
                String decoded = StringEscapeUtils.unescapeHtml4(m.group());
                if (!decoded.equals(m.group())) {
                    edits.add(new TextEdit(m.start(), m.end(), decoded.replace('\u00A0', ' '), RULE_ENTITY, null, "entity " + m.group()));
                }
            }
        });
        eachMatch(BARE_ENTITY, input, c -> c == '&', bare -> {
            String decoded = StringEscapeUtils.unescapeHtml4(bare.group() + ";");
            edits.add(new TextEdit(bare.start(), bare.end(), decoded.replace('\u00A0', ' '), RULE_ENTITY, null,
                    "entity " + bare.group() + " without its ';'"));
        });
    }

    /** A numeric entity beyond U+10FFFF ("&#x1F2600;") names no character, and decoding it would throw. */
    private static boolean namesACharacter(String entity) {
        if (entity.charAt(1) != '#') {
            return true;
        }
        boolean hex = entity.charAt(2) == 'x' || entity.charAt(2) == 'X';
        return Character.isValidCodePoint(Integer.parseInt(entity.substring(hex ? 3 : 2, entity.length() - 1), hex ? 16 : 10));
    }

    /**
     * Every match of a pattern that can only start at a character passing {@code canStart}, in
     * order, as {@link Matcher#find()} would give them; the pattern is tried only at those
     * characters (find tries it at every one, which costs more than the rest of normalization).
     */
    static void eachMatch(Pattern pattern, String input, IntPredicate canStart, Consumer<Matcher> each) {
        Matcher m = pattern.matcher(input).useTransparentBounds(true).useAnchoringBounds(false);
        int n = input.length();
        for (int i = 0; i < n; i++) {
            if (canStart.test(input.charAt(i)) && m.region(i, n).lookingAt()) {
                each.accept(m);
                i = Math.max(i, m.end() - 1);
            }
        }
    }

    private void findGlue(String input, Repairs edits) {
        eachMatch(GLUED_SENTENCE, input, c -> c == '.' || c == '!' || c == '?', m -> {
            if (!qualifiedName(input, m.start(), m.end())) {
                edits.add(new TextEdit(m.end(), m.end(), " ", RULE_GLUED, null, "no space after '" + m.group(1) + "'"));
            }
        });
        eachMatch(GLUED_DIGIT, input, c -> c >= '0' && c <= '9', d -> {
            if (!startsAfterLetter(input, d.start())) { // "F1000Research" is one name
                edits.add(new TextEdit(d.end(), d.end(), " ", RULE_GLUED, null, "a number glued to the next word"));
            }
        });
        // Words (runs of letters, as \p{L}+ finds them) with a lower-upper-lower inside, found from
        // that inner capital: most words have none, so most are never looked at.
        int n = input.length();
        int k = 1;
        while (k + 1 < n) {
            if (!(Character.isUpperCase(input.charAt(k)) && Character.isLowerCase(input.charAt(k - 1))
                    && Character.isLowerCase(input.charAt(k + 1)))) {
                k++;
                continue;
            }
            int from = k;
            while (from > 0 && Character.isLetter(input.codePointBefore(from))) {
                from -= Character.charCount(input.codePointBefore(from));
            }
            int to = k;
            while (to < n && Character.isLetter(input.codePointAt(to))) {
                to += Character.charCount(input.codePointAt(to));
            }
            if (from > k - 1 || to < k + 2) {
                k++; // the three characters are not all letters of one word
                continue;
            }
            if (!inCode(input, from, to)) {
                splitGluedWord(input, from, to, edits);
            }
            k = to + 1;
        }
    }

    /**
     * Whether the text around a period at {@code dot} (the right part starting at {@code right})
     * is a name in code rather than two sentences: a dotted chain of identifiers
     * ("org.unspin.io.TextFiles"), a call ("Unspinner.Builder()") or a span in backticks.
     * "City.Spencer Platt", "rose 2.5%.The Fed" and "BlackRock.The" are sentences. Looks at most
     * {@value #MAX_GLUED_WORD} characters either way, so text without spaces costs no more than a word.
     */
    static boolean qualifiedName(String input, int dot, int right) {
        if (input.charAt(dot) != '.') {
            return false;
        }
        int from = dot;
        while (from > 0 && dot - from < MAX_GLUED_WORD && !Character.isWhitespace(input.charAt(from - 1))) {
            from--;
        }
        int to = right;
        while (to < input.length() && to - right < MAX_GLUED_WORD && Character.isLetterOrDigit(input.charAt(to))) {
            to++;
        }
        return input.charAt(from) == '`' || dottedIdentifiers(input, from, dot) || codeFollows(input, to);
    }

    /** Whether input[from, to) is two or more identifiers joined by periods: "org.unspin.io", not "2.5%" or "U.S". */
    private static boolean dottedIdentifiers(String input, int from, int to) {
        int parts = 0;
        int partStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || input.charAt(i) == '.') {
                if (i - partStart < 2 || !Character.isLetter(input.charAt(partStart))) {
                    return false; // an empty, one-letter or numeric part: an abbreviation or a number
                }
                parts++;
                partStart = i + 1;
            } else if (!Character.isLetterOrDigit(input.charAt(i)) && input.charAt(i) != '_') {
                return false;
            }
        }
        return parts >= 2;
    }

    /**
     * Whether the word input[from, to) stands as code does: after a period, an opening bracket or
     * a backtick, or before a bracket, a backtick or a period with a letter after it
     * ("restore(spunText)", "`languageModel`", "this.sparkContext"). A glued heading stands in prose.
     */
    static boolean inCode(String input, int from, int to) {
        char before = from > 0 ? input.charAt(from - 1) : ' ';
        return before == '.' || before == '(' || before == '`' || before == '_'
                || (to < input.length() && input.charAt(to) == '_') || codeFollows(input, to);
    }

    /** Whether what comes at {@code at} continues a name in code: a bracket, a backtick, or a period with a letter after it. */
    private static boolean codeFollows(String input, int at) {
        if (at >= input.length()) {
            return false;
        }
        char c = input.charAt(at);
        return c == '(' || c == '`' || (c == '.' && at + 1 < input.length() && Character.isLetter(input.charAt(at + 1)));
    }

    /** Whether the run of digits that holds position {@code at} comes right after a letter. */
    private static boolean startsAfterLetter(String input, int at) {
        int i = at;
        while (i > 0 && Character.isDigit(input.charAt(i - 1))) {
            i--;
        }
        return i > 0 && Character.isLetter(input.charAt(i - 1));
    }

    /** Splits the word input[from, to) at its first lower-upper-lower that joins two words. */
    private void splitGluedWord(String input, int from, int to, Repairs edits) {
        String word = input.substring(from, to);
        // Two glued words are short; a longer run of letters is junk, and splitting it position
        // by position would copy it once per capital.
        if (word.length() < 5 || word.length() > MAX_GLUED_WORD || keep.contains(word.toLowerCase(Locale.ROOT))) {
            return;
        }
        for (int k = 1; k + 1 < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k - 1)) && Character.isUpperCase(word.charAt(k))
                    && Character.isLowerCase(word.charAt(k + 1)) && isGlued(word.substring(0, k), word.substring(k))) {
                edits.add(new TextEdit(from + k, from + k, " ", RULE_GLUED, null,
                        "'" + word.substring(0, k) + "' glued to '" + word.substring(k) + "'"));
                return;
            }
        }
    }

    /**
     * A left part that ends a caption, or a lower-case word glued to one capitalized word. A word
     * with more capitals inside is a name or an identifier ("eWeLink", "wakeUpNotifications",
     * "webCoRE"), not two sentences. Limit: a two-part identifier of two dictionary words
     * ("primarySensor") reads as glued; list it in scraping.tsv as keep.
     */
    private boolean isGlued(String left, String right) {
        if (glueLeft.contains(left)) {
            return true;
        }
        for (int i = 1; i < right.length(); i++) {
            if (Character.isUpperCase(right.charAt(i))) {
                return false;
            }
        }
        for (int i = 0; i < left.length(); i++) {
            if (!Character.isLowerCase(left.charAt(i))) {
                return false;
            }
        }
        return left.length() >= 3 && isWord.test(left) && isWord.test(right.toLowerCase(Locale.ROOT));
    }

    /**
     * Straight double quotes alternate open/close within a paragraph; an opening one followed by
     * a space and glued to the end of the previous sentence belongs to the next word. Only in a
     * paragraph whose quotes pair up: an inch mark (2'7") or a quotation cut from its opening
     * leaves an odd count, and the alternation would then read every closing quote after it as an
     * opening one ("to grow," she explained).
     */
    private static void findMisplacedQuotes(String input, Repairs edits) {
        int count = 0;
        boolean paired = quotesPairUp(input, 0);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\n') {
                if (paragraphBreakAt(input, i)) {
                    count = 0;
                    paired = quotesPairUp(input, i + 1);
                }
                continue;
            }
            if (c != '"') {
                continue;
            }
            boolean opening = count % 2 == 0;
            count++;
            if (paired && opening && i + 2 < input.length() && input.charAt(i + 1) == ' ' && Character.isLetterOrDigit(input.charAt(i + 2))) {
                if (i > 0 && !Character.isWhitespace(input.charAt(i - 1))) {
                    char before = input.charAt(i - 1);
                    if (before != '.' && before != '!' && before != '?') {
                        continue; // not after a sentence end: a closing quote ("cold" I said)
                    }
                    edits.add(new TextEdit(i, i + 2, " \"", RULE_QUOTE, null, "opening quote glued to the previous sentence"));
                } else {
                    edits.add(new TextEdit(i + 1, i + 2, "", RULE_QUOTE, null, "space after an opening quote"));
                }
            }
        }
    }

    /** A blank line starts at {@code i}: a line feed, then another, with or without a carriage return between. */
    private static boolean paragraphBreakAt(String input, int i) {
        if (input.charAt(i) != '\n' || i + 1 >= input.length()) {
            return false;
        }
        return input.charAt(i + 1) == '\n' || (input.charAt(i + 1) == '\r' && i + 2 < input.length() && input.charAt(i + 2) == '\n');
    }

    /** Whether the paragraph starting at {@code from} (up to a blank line) holds an even number of straight double quotes. */
    private static boolean quotesPairUp(String input, int from) {
        int quotes = 0;
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '"') {
                quotes++;
            } else if (c == '\n' && paragraphBreakAt(input, i)) {
                break;
            }
        }
        return quotes % 2 == 0;
    }
}
