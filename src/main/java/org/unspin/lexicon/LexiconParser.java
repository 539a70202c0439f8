package org.unspin.lexicon;

import org.unspin.tokenize.PhraseKeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads lexicon files. A file's kind is told by its header row:
 * <ul>
 *   <li>{@code spun original [match] [context] [strength] [example] [clean] [note]}: substitutions;</li>
 *   <li>{@code class words}: word classes for context guards;</li>
 *   <li>{@code kind text [replacement] [note]}: scraping repairs and boilerplate;</li>
 *   <li>{@code acronym expansion}: acronyms;</li>
 *   <li>{@code term [category]}: the inventory of real multiword terms.</li>
 * </ul>
 * Every malformed row is reported as {@code file:line: message} and skipped; the rest loads.
 */
public final class LexiconParser {

    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");
    private static final List<String> ENTRY_COLUMNS = List.of("spun", "original", "match", "context", "strength", "example", "clean", "note");
    private static final List<String> CLASS_COLUMNS = List.of("class", "words", "note");
    private static final List<String> SCRAPING_COLUMNS = List.of("kind", "text", "replacement", "note");
    private static final List<String> ACRONYM_COLUMNS = List.of("acronym", "expansion", "note");
    private static final List<String> TERM_COLUMNS = List.of("term", "category", "note");

    private final Function<String, List<String>> phraseWords;

    /** @param phraseWords splits a phrase into lower-case word keys the way the tokenizer splits text */
    public LexiconParser(Function<String, List<String>> phraseWords) {
        this.phraseWords = phraseWords;
    }

    /** Collects what files hold; {@link #build()} checks them against each other. */
    public final class Collector {
        private final List<LexiconEntry> entries = new ArrayList<>();
        private final Map<String, Set<String>> classes = new HashMap<>();
        private final Map<String, SourceRef> classSources = new HashMap<>();
        private final List<ScrapingRule> scraping = new ArrayList<>();
        private final List<Acronym> acronyms = new ArrayList<>();
        private final List<Term> terms = new ArrayList<>();
        private final Map<String, SourceRef> acronymSources = new HashMap<>();
        private final Map<String, SourceRef> scrapingSources = new HashMap<>();
        private final List<LexiconProblem> problems = new ArrayList<>();
        private final Set<String> generatedFiles = new HashSet<>();

        public void add(String fileName, byte[] bytes) {
            TsvFile tsv = TsvFile.parse(fileName, bytes);
            problems.addAll(tsv.problems());
            if (tsv.header().isEmpty()) {
                problems.add(LexiconProblem.warning(fileName, 1, "no header row: file is empty"));
                return;
            }
            if (tsv.generated()) {
                generatedFiles.add(fileName);
            }
            String category = fileName.replaceAll(".*/", "").replaceAll("\\.tsv$", "");
            if (tsv.hasColumn("spun") && tsv.hasColumn("original")) {
                warnUnknownColumns(tsv, ENTRY_COLUMNS);
                for (TsvFile.Row row : tsv.rows()) {
                    parseEntry(fileName, category, row);
                }
            } else if (tsv.hasColumn("class") && tsv.hasColumn("words")) {
                warnUnknownColumns(tsv, CLASS_COLUMNS);
                for (TsvFile.Row row : tsv.rows()) {
                    parseClass(fileName, row);
                }
            } else if (tsv.hasColumn("kind") && tsv.hasColumn("text")) {
                warnUnknownColumns(tsv, SCRAPING_COLUMNS);
                for (TsvFile.Row row : tsv.rows()) {
                    parseScraping(fileName, row);
                }
            } else if (tsv.hasColumn("acronym") && tsv.hasColumn("expansion")) {
                warnUnknownColumns(tsv, ACRONYM_COLUMNS);
                for (TsvFile.Row row : tsv.rows()) {
                    if (!requireCells(fileName, row, "acronym", "expansion")) {
                        continue;
                    }
                    SourceRef where = new SourceRef(fileName, row.line());
                    SourceRef previous = acronymSources.putIfAbsent(row.get("acronym").toLowerCase(Locale.ROOT), where);
                    if (previous != null) {
                        problems.add(LexiconProblem.error(fileName, row.line(), "acronym " + row.get("acronym")
                                + " is already defined at " + previous));
                        continue;
                    }
                    acronyms.add(new Acronym(row.get("acronym"), row.get("expansion"), where));
                }
            } else if (tsv.hasColumn("term")) {
                warnUnknownColumns(tsv, TERM_COLUMNS);
                for (TsvFile.Row row : tsv.rows()) {
                    String term = row.get("term");
                    if (term.isEmpty()) {
                        problems.add(LexiconProblem.error(fileName, row.line(), "empty term"));
                    } else {
                        terms.add(new Term(term.toLowerCase(Locale.ROOT), row.get("category"), new SourceRef(fileName, row.line())));
                    }
                }
            } else {
                problems.add(LexiconProblem.error(fileName, tsv.headerLine(), "unknown header " + tsv.header()
                        + ": expected spun/original, class/words, kind/text, acronym/expansion or term columns"));
            }
        }

        /** A misspelt column ("contxt") would silently drop what it holds: every guard of the file. */
        private void warnUnknownColumns(TsvFile tsv, List<String> known) {
            for (String column : tsv.header()) {
                if (!column.isEmpty() && !known.contains(column)) {
                    problems.add(LexiconProblem.warning(tsv.name(), tsv.headerLine(), "unknown column '" + column
                            + "' is ignored (known: " + String.join(", ", known) + ")"));
                }
            }
        }

        private boolean requireCells(String file, TsvFile.Row row, String... names) {
            boolean ok = true;
            for (String n : names) {
                if (row.get(n).isEmpty()) {
                    problems.add(LexiconProblem.error(file, row.line(), "empty '" + n + "' column"));
                    ok = false;
                }
            }
            return ok;
        }

        private void parseEntry(String file, String category, TsvFile.Row row) {
            SourceRef where = new SourceRef(file, row.line());
            String spun = row.get("spun");
            String original = row.get("original");
            if (!requireCells(file, row, "spun", "original")) {
                return;
            }
            if (original.equals("-")) {
                original = "";
            }
            if (spun.equalsIgnoreCase(original)) {
                problems.add(LexiconProblem.error(file, row.line(), "both sides are '" + spun + "': the entry would change nothing"));
                return;
            }
            List<String> words = phraseWords.apply(spun);
            if (words.isEmpty()) {
                problems.add(LexiconProblem.error(file, row.line(), "spun side '" + spun + "' has no words"));
                return;
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                if (SENTENCE_ENDS.contains(words.get(i))) {
                    // text is matched within a sentence, and this token ends one; a warning, since such an
                    // entry is only dead weight ("production 4.zero" in imported science phrases)
                    problems.add(LexiconProblem.warning(file, row.line(), "spun side '" + spun + "' has a sentence end inside ('"
                            + words.get(i) + "'): it can never match"));
                    return;
                }
            }
            if (words.size() > 8) {
                problems.add(LexiconProblem.error(file, row.line(), "spun side has " + words.size()
                        + " tokens: entries are phrases of at most 8 tokens, never sentences"));
                return;
            }
            MatchMode match;
            Strength strength;
            List<Condition> conditions = new ArrayList<>();
            try {
                match = MatchMode.parse(row.get("match"));
                strength = Strength.parse(row.get("strength"));
                for (String c : row.get("context").split("\\s+")) {
                    if (!c.isBlank()) {
                        conditions.add(Condition.parse(c));
                    }
                }
            } catch (IllegalArgumentException e) {
                problems.add(LexiconProblem.error(file, row.line(), e.getMessage()));
                return;
            }
            List<Example> examples = new ArrayList<>();
            String example = row.get("example");
            if (!example.isEmpty()) {
                Example parsed = Example.parse(example, where);
                if (parsed == null) {
                    problems.add(LexiconProblem.error(file, row.line(), "example must read 'spun sentence => restored sentence'"));
                    return;
                }
                examples.add(parsed);
            }
            String clean = row.get("clean");
            if (!clean.isEmpty()) {
                examples.add(new Example(clean, null, where));
            }
            entries.add(new LexiconEntry(spun, List.copyOf(words), original, match, List.copyOf(conditions), strength,
                    category, List.copyOf(examples), row.get("note"), where));
        }

        private void parseClass(String file, TsvFile.Row row) {
            if (!requireCells(file, row, "class", "words")) {
                return;
            }
            String name = row.get("class").toLowerCase(Locale.ROOT);
            if (!name.startsWith("@")) {
                name = "@" + name;
            }
            if (WordClasses.BUILT_IN.contains(name)) {
                problems.add(LexiconProblem.error(file, row.line(), "class " + name + " is built in and cannot be redefined"));
                return;
            }
            SourceRef previous = classSources.putIfAbsent(name, new SourceRef(file, row.line()));
            if (previous != null) {
                problems.add(LexiconProblem.error(file, row.line(), "class " + name + " is already defined at " + previous));
                return;
            }
            Set<String> words = new LinkedHashSet<>();
            for (String w : row.get("words").split("\\|")) {
                if (!w.isBlank()) {
                    words.add(PhraseKeys.key(w));
                }
            }
            classes.put(name, words);
        }

        private void parseScraping(String file, TsvFile.Row row) {
            if (!requireCells(file, row, "kind", "text")) {
                return;
            }
            try {
                ScrapingRule.Kind kind = ScrapingRule.Kind.parse(row.get("kind"));
                if (kind == ScrapingRule.Kind.REPAIR && !row.columns().containsKey("replacement")) {
                    problems.add(LexiconProblem.error(file, row.line(), "a repair needs a 'replacement' column"));
                    return;
                }
                String text = row.get("text");
                boolean boilerplate = kind == ScrapingRule.Kind.BOILERPLATE || kind == ScrapingRule.Kind.BOILERPLATE_SENTENCE;
                if (boilerplate && text.replace("*", "").isBlank()) {
                    problems.add(LexiconProblem.error(file, row.line(), "boilerplate '" + text
                            + "' has no literal text: it would match everywhere"));
                    return;
                }
                SourceRef where = new SourceRef(file, row.line());
                SourceRef previous = scrapingSources.putIfAbsent(kind + "\u0000" + text, where);
                if (previous != null) {
                    problems.add(LexiconProblem.error(file, row.line(), "duplicate of " + previous + " (" + row.get("kind") + " '" + text + "')"));
                    return;
                }
                scraping.add(new ScrapingRule(kind, text, row.get("replacement"), where));
            } catch (IllegalArgumentException e) {
                problems.add(LexiconProblem.error(file, row.line(), e.getMessage()));
            }
        }

        /** Cross-file checks (duplicates, contradictions, undefined classes), then the immutable lexicon. */
        public Lexicon build() {
            Map<String, LexiconEntry> seen = new HashMap<>();
            List<LexiconEntry> kept = new ArrayList<>();
            for (LexiconEntry e : entries) {
                String key = String.join(" ", e.spunWords()) + "\u0000" + e.match() + "\u0000" + e.conditions();
                LexiconEntry first = seen.putIfAbsent(key, e);
                if (first != null) {
                    if (first.original().equalsIgnoreCase(e.original())) {
                        problems.add(LexiconProblem.error(e.source().file(), e.source().line(),
                                "duplicate of " + first.source() + " (" + first.describe() + ")"));
                    } else {
                        problems.add(LexiconProblem.error(e.source().file(), e.source().line(),
                                "contradicts " + first.source() + ": same spun side and context, '" + first.original()
                                        + "' there, '" + e.original() + "' here"));
                    }
                    continue;
                }
                boolean ok = true;
                for (Condition c : e.conditions()) {
                    for (String k : c.keys()) {
                        if (k.startsWith("@") && !WordClasses.BUILT_IN.contains(k) && !classes.containsKey(k)) {
                            problems.add(LexiconProblem.error(e.source().file(), e.source().line(),
                                    "context names class " + k + ", which no classes file defines"));
                            ok = false;
                        }
                    }
                }
                if (ok) {
                    kept.add(e);
                }
            }
            // in reading order, whichever check found them
            problems.sort(Comparator.comparing((LexiconProblem p) -> p.where().file()).thenComparingInt(p -> p.where().line()));
            return new Lexicon(kept, classes, scraping, acronyms, terms, problems, generatedFiles);
        }

        public List<LexiconProblem> problems() {
            return problems;
        }
    }

    public Collector collector() {
        return new Collector();
    }
}
