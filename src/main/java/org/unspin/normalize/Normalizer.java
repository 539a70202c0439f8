package org.unspin.normalize;

import org.apache.commons.text.StringEscapeUtils;
import org.unspin.lexicon.ScrapingRule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
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

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern BARE_ENTITY = Pattern.compile("&(amp|quot|lt|gt|nbsp)(?![a-z;])");
    // Both start with a plain character class and look behind only once it matched: a pattern
    // that starts with a look-behind runs it at every position of the text. They find exactly the
    // places of the plainer (?<=[\p{L}\d%)][\p{Ll}\d%)])([.!?]["”’]?)(?=\p{Lu}\p{Ll}) and
    // (?<=\d\d)(?=\p{Lu}\p{Ll}{2,}) (NormalizerTest checks it).
    static final Pattern GLUED_SENTENCE = Pattern.compile("([.!?](?<=[\\p{L}\\d%)][\\p{Ll}\\d%)][.!?])[\"”’]?)(?=\\p{Lu}\\p{Ll})");
    /** The insertion point is the end of the match: after the second digit. */
    static final Pattern GLUED_DIGIT = Pattern.compile("\\d(?<=\\d\\d)(?=\\p{Lu}\\p{Ll}{2,})");
    private static final Pattern CAMEL = Pattern.compile("\\p{L}+");
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
        NavigableMap<Integer, TextEdit> edits = new TreeMap<>();
        findBoilerplate(input, edits);
        findRepairs(input, edits);
        findEntities(input, edits);
        findGlue(input, edits);
        findMisplacedQuotes(input, edits);
        Matcher stray = STRAY_START.matcher(input);
        if (stray.find()) {
            add(edits, new TextEdit(stray.start(), stray.end(), "", RULE_STRAY, null, "punctuation before the first word"));
        }
        return new NormalizedText(input, new ArrayList<>(edits.values()));
    }

    /**
     * Adds the edit unless an earlier repair already covers those characters. Accepted edits never
     * overlap, so no two share a start and, ordered by start, their ends ascend too: only the
     * edits starting at or before the new one's end and ending at or after its start can overlap
     * it, and they sit just below its end in the map (comparing against every edit was quadratic).
     */
    private static void add(NavigableMap<Integer, TextEdit> edits, TextEdit edit) {
        for (TextEdit e : edits.headMap(edit.end(), true).descendingMap().values()) {
            if (e.end() < edit.start()) {
                break;
            }
            if (e.overlaps(edit)) {
                return;
            }
        }
        edits.put(edit.start(), edit);
    }

    private void findBoilerplate(String input, NavigableMap<Integer, TextEdit> edits) {
        for (int i = 0; i < boilerplate.size(); i++) {
            ScrapingRule rule = boilerplate.get(i);
            Matcher m = boilerplatePatterns.get(i).matcher(input);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (rule.kind() == ScrapingRule.Kind.BOILERPLATE_SENTENCE) {
                    start = sentenceStart(input, start);
                    end = sentenceEnd(input, end);
                    // take the whitespace that separated the sentence from the previous one
                    while (start > 0 && start == sentenceStart(input, start) && Character.isWhitespace(input.charAt(start - 1))) {
                        start--;
                    }
                }
                add(edits, new TextEdit(start, end, "", RULE_BOILERPLATE, rule.source(), "boilerplate '" + rule.text() + "'"));
            }
        }
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

    private void findRepairs(String input, NavigableMap<Integer, TextEdit> edits) {
        for (ScrapingRule r : repairs) {
            int at = input.indexOf(r.text());
            while (at >= 0) {
                add(edits, new TextEdit(at, at + r.text().length(), r.replacement(), RULE_REPAIR, r.source(),
                        "mis-decoded '" + r.text() + "'"));
                at = input.indexOf(r.text(), at + Math.max(1, r.text().length()));
            }
        }
    }

    private static void findEntities(String input, NavigableMap<Integer, TextEdit> edits) {
        if (input.indexOf('&') < 0) {
            return;
        }
        Matcher m = ENTITY.matcher(input);
        while (m.find()) {
            String decoded = StringEscapeUtils.unescapeHtml4(m.group());
            if (!decoded.equals(m.group())) {
                add(edits, new TextEdit(m.start(), m.end(), decoded.replace('\u00A0', ' '), RULE_ENTITY, null, "entity " + m.group()));
            }
        }
        Matcher bare = BARE_ENTITY.matcher(input);
        while (bare.find()) {
            String decoded = StringEscapeUtils.unescapeHtml4(bare.group() + ";");
            add(edits, new TextEdit(bare.start(), bare.end(), decoded.replace('\u00A0', ' '), RULE_ENTITY, null,
                    "entity " + bare.group() + " without its ';'"));
        }
    }

    private void findGlue(String input, NavigableMap<Integer, TextEdit> edits) {
        Matcher m = GLUED_SENTENCE.matcher(input);
        while (m.find()) {
            add(edits, new TextEdit(m.end(), m.end(), " ", RULE_GLUED, null, "no space after '" + m.group(1) + "'"));
        }
        Matcher d = GLUED_DIGIT.matcher(input);
        while (d.find()) {
            add(edits, new TextEdit(d.end(), d.end(), " ", RULE_GLUED, null, "a number glued to the next word"));
        }
        Matcher w = CAMEL.matcher(input);
        while (w.find()) {
            int from = w.start();
            int to = w.end();
            if (to - from < 5) {
                continue;
            }
            // Most words have no lower-upper-lower inside: look for one before making any string.
            String word = null;
            for (int k = 1; k + 1 < to - from; k++) {
                if (Character.isLowerCase(input.charAt(from + k - 1)) && Character.isUpperCase(input.charAt(from + k))
                        && Character.isLowerCase(input.charAt(from + k + 1))) {
                    if (word == null) {
                        word = input.substring(from, to);
                        if (keep.contains(word.toLowerCase(Locale.ROOT))) {
                            break;
                        }
                    }
                    if (isGlued(word.substring(0, k), word.substring(k))) {
                        add(edits, new TextEdit(from + k, from + k, " ", RULE_GLUED, null,
                                "'" + word.substring(0, k) + "' glued to '" + word.substring(k) + "'"));
                        break;
                    }
                }
            }
        }
    }

    /** A left part that ends a caption or a lower-case word, and a right part that is a word. */
    private boolean isGlued(String left, String right) {
        int nextCap = 1;
        while (nextCap < right.length() && !Character.isUpperCase(right.charAt(nextCap))) {
            nextCap++;
        }
        String rightWord = right.substring(0, nextCap).toLowerCase(Locale.ROOT);
        if (glueLeft.contains(left)) {
            return true;
        }
        return Character.isLowerCase(left.charAt(0)) && left.length() >= 3
                && isWord.test(left.toLowerCase(Locale.ROOT)) && isWord.test(rightWord);
    }

    /**
     * Straight double quotes alternate open/close within a paragraph; an opening one followed by
     * a space and glued to the previous word belongs to the next word.
     */
    private static void findMisplacedQuotes(String input, NavigableMap<Integer, TextEdit> edits) {
        int count = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\n' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                count = 0;
            }
            if (c != '"') {
                continue;
            }
            boolean opening = count % 2 == 0;
            count++;
            if (opening && i + 2 < input.length() && input.charAt(i + 1) == ' ' && Character.isLetterOrDigit(input.charAt(i + 2))) {
                if (i > 0 && !Character.isWhitespace(input.charAt(i - 1))) {
                    add(edits, new TextEdit(i, i + 2, " \"", RULE_QUOTE, null, "opening quote glued to the previous sentence"));
                } else {
                    add(edits, new TextEdit(i + 1, i + 2, "", RULE_QUOTE, null, "space after an opening quote"));
                }
            }
        }
    }
}
