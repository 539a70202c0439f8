package org.unspin.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcWriter;
import org.unspin.TestEngines;
import org.unspin.TestTexts;
import org.unspin.cli.Main;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode on two cores, one session for the class: it restores exactly as
 * {@code restore --batch} does, carries ids and URLs through WET and JSON Lines, records a
 * faulting document in its row, and builds one engine per executor JVM.
 */
class SparkRestoreTest {

    private static final String SPUN = "The Federal Reservoir chair survived a killing try. Little hats rallied.\n";
    private static final String CLEAN = "The Federal Reserve chair spoke on Tuesday.\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("unspin-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** 200 documents: spun, clean, both, the reference article, empty, binary, a byte-order mark, and two past the section size. */
    private static Path mixedCorpus() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("mixed"));
        Random random = new Random(14);
        // past the size above which the engine restores section by section: a scraped data table
        // before a spun paragraph, and one word of that length (both cheap to restore, unlike prose)
        String hugeTable = "| 12 | 3.5 | 7 |\n".repeat(TestEngines.sectionChars() / 17 + 1) + SPUN;
        String hugeWord = "x".repeat(TestEngines.sectionChars() + 10);
        for (int i = 0; i < 200; i++) {
            Path file = in.resolve(i % 10 == 0 ? String.format("sub/doc-%03d.txt", i) : String.format("doc-%03d.txt", i));
            Files.createDirectories(file.getParent());
            byte[] bytes = switch (i % 8) {
                case 0 -> SPUN.getBytes(StandardCharsets.UTF_8);
                case 1 -> CLEAN.getBytes(StandardCharsets.UTF_8);
                case 2 -> (CLEAN + SPUN + "Hopes of rate of interest decreases lifted stocks.\n").getBytes(StandardCharsets.UTF_8);
                case 3 -> TestTexts.referenceSpun().getBytes(StandardCharsets.UTF_8);
                case 4 -> new byte[0];
                case 5 -> randomBytes(random, 1 + random.nextInt(3000));
                case 6 -> ("\uFEFF" + TestTexts.referenceOriginal()).getBytes(StandardCharsets.UTF_8);
                default -> (i == 7 ? hugeTable : i == 15 ? hugeWord : "Little hats " + i + " rallied as tiny limits eased.\n")
                        .getBytes(StandardCharsets.UTF_8);
            };
            Files.write(file, bytes);
        }
        return in;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static Path mixed;
    private static Path batchOut;
    private static Map<String, JsonNode> batchSummary;

    /** The mixed corpus, restored once by {@code restore --batch --format json} for every test that compares with it. */
    private static synchronized Path mixedCorpusAndBatch() throws IOException {
        if (mixed == null) {
            Path in = mixedCorpus();
            Path out = tmp.resolve("batch-out");
            assertEquals(0, Main.run("restore", "--batch", in.toString(), "--out", out.toString(), "--format", "json", "--threads", "2"));
            Map<String, JsonNode> summary = new HashMap<>();
            for (String line : Files.readAllLines(out.resolve("summary.jsonl"))) {
                JsonNode n = JSON.readTree(line);
                summary.put(n.get("name").asText(), n);
            }
            batchOut = out;
            batchSummary = summary;
            mixed = in;
        }
        return mixed;
    }

    private static JsonNode batchRestoration(String id) throws IOException {
        return JSON.readTree(batchOut.resolve(id.replaceFirst("\\.txt$", ".json")).toFile());
    }

    @Test
    void restoresAMixedCorpusExactlyAsBatchDoes() throws IOException {
        Path in = mixedCorpusAndBatch();

        List<Row> rows = SparkRestorer.builder().build()
                .restore(CorpusReader.read(spark, CorpusFormat.TEXT, in.toString()))
                .collectAsList();

        assertEquals(200, rows.size());
        assertEquals(200, batchSummary.size());
        int spunDocuments = 0;
        for (Row row : rows) {
            String id = row.getAs(RestorationSchema.ID);
            JsonNode batch = batchRestoration(id);
            assertNull(row.getAs(RestorationSchema.ERROR), id);
            assertEquals(batch.get("text").asText(), row.getAs(RestorationSchema.TEXT), id);
            assertEquals(batchEdits(batch), sparkEdits(row), id);
            JsonNode summary = batchSummary.get(id);
            assertEquals(summary.get("tokens").asInt(), (int) row.getAs(RestorationSchema.TOKENS), id);
            assertEquals(summary.get("edits").asInt(), (int) row.getAs(RestorationSchema.EDIT_COUNT), id);
            assertEquals(summary.get("spun").asBoolean(), row.getAs(RestorationSchema.SPUN), id);
            assertEquals(summary.get("spinRisk").asDouble(), (double) row.getAs(RestorationSchema.SPIN_RISK), 0.0, id);
            if ((boolean) row.getAs(RestorationSchema.SPUN)) {
                spunDocuments++;
            }
        }
        assertTrue(spunDocuments > 0, "some documents are judged spun");
        assertTrue(rows.stream().anyMatch(r -> r.getAs(RestorationSchema.ID).equals("sub/doc-000.txt")), "ids are paths under the folder");
    }

    /** The edits of a restoration in JSON (--batch's, or a JSON line of the job's), a null field and a missing one alike. */
    private static List<String> batchEdits(JsonNode restoration) {
        List<String> edits = new java.util.ArrayList<>();
        restoration.get("edits").elements().forEachRemaining(e -> edits.add(String.join("|", field(e, "start"), field(e, "end"),
                field(e, "before"), field(e, "after"), field(e, "stage"), field(e, "kind"), field(e, "rule"), field(e, "source"),
                field(e, "entry"), Double.toString(e.get("confidence").asDouble()), field(e, "reason"))));
        return edits;
    }

    private static String field(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? "null" : value.asText();
    }

    private static List<String> sparkEdits(Row restoration) {
        List<Row> edits = restoration.getList(restoration.fieldIndex(RestorationSchema.EDITS));
        return edits.stream().map(e -> String.join("|", String.valueOf((int) e.getAs("start")), String.valueOf((int) e.getAs("end")),
                e.getAs("before"), e.getAs("after"), String.valueOf((Object) e.getAs("stage")), String.valueOf((Object) e.getAs("kind")),
                String.valueOf((Object) e.getAs("rule")), String.valueOf((Object) e.getAs("source")), String.valueOf((Object) e.getAs("entry")),
                Double.toString(e.getAs("confidence")), String.valueOf((Object) e.getAs("reason")))).toList();
    }

    @Test
    void aTextFolderIntoJsonLinesGivesTheDatasetsRecordsAndBatchsRestorations() throws IOException {
        Path in = mixedCorpusAndBatch();
        Path datasetOut = tmp.resolve("mixed-dataset-json");
        SparkRestorer.builder().build().restore(CorpusReader.read(spark, CorpusFormat.TEXT, in.toString())).write().json(datasetOut.toString());
        // the job's way for this case: no SQL session, Spark's core and Jackson
        Path linesOut = tmp.resolve("mixed-lines");
        assertEquals(0, RestoreJob.run("--input", in.toString(), "--output", linesOut.toString(), "--output-format", "jsonl"));

        Map<String, JsonNode> lines = jsonLines(linesOut);
        assertEquals(jsonLines(datasetOut), lines, "the same fields and values, milliseconds aside");
        assertEquals(200, lines.size());
        for (JsonNode line : lines.values()) {
            String id = line.get(RestorationSchema.ID).asText();
            JsonNode batch = batchRestoration(id);
            JsonNode summary = batchSummary.get(id);
            assertFalse(line.has(RestorationSchema.ERROR), id);
            assertEquals(batch.get("text").asText(), line.get(RestorationSchema.TEXT).asText(), id);
            assertEquals(batchEdits(batch), batchEdits(line), id);
            assertEquals(summary.get("tokens").asInt(), line.get(RestorationSchema.TOKENS).asInt(), id);
            assertEquals(summary.get("edits").asInt(), line.get(RestorationSchema.EDIT_COUNT).asInt(), id);
            assertEquals(summary.get("spun").asBoolean(), line.get(RestorationSchema.SPUN).asBoolean(), id);
            assertEquals(summary.get("spinRisk").asDouble(), line.get(RestorationSchema.SPIN_RISK).asDouble(), 0.0, id);
        }
        assertEquals(200, spark.read().schema(RestorationSchema.RESTORATION).json(linesOut.toString()).count(), "Spark reads the lines back");
    }

    /** Every line of every part file of a JSON output, by id, without the milliseconds (which differ from run to run). */
    private static Map<String, JsonNode> jsonLines(Path folder) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part)) {
                    com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(line);
                    assertTrue(n.remove(RestorationSchema.MILLISECONDS).isIntegralNumber(), line);
                    assertNull(byId.put(n.get(RestorationSchema.ID).asText(), n), "one line per document");
                }
            }
        }
        return byId;
    }

    @Test
    void theJsonLinesWayCountsItsSummaryAndReplacesAnOutputOnlyWhenTold() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("small"));
        Files.writeString(in.resolve("spun.txt"), SPUN);
        Files.writeString(in.resolve("clean.txt"), CLEAN);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path out = tmp.resolve("small-out");
        JobSummary.Counter counter = new JobSummary.Counter(spark.sparkContext());
        JsonLinesJob.run(org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext()), EngineSource.bundled(),
                false, in.toString(), out.toString(), false, 0, counter);

        assertEquals(JobSummary.of(spark.read().schema(RestorationSchema.RESTORATION).json(out.toString())), counter.summary());
        assertEquals(3, counter.summary().documents());
        assertEquals(TestEngines.defaults().restore(SPUN).editCount(), counter.summary().edits());
        assertEquals(2, RestoreJob.run("--input", in.toString(), "--output", out.toString(), "--output-format", "jsonl"));
        Files.delete(in.resolve("clean.txt"));
        assertEquals(0, RestoreJob.run("--input", in.toString(), "--output", out.toString(), "--output-format", "jsonl", "--overwrite"));
        assertEquals(2, jsonLines(out).size());
        assertFalse(spark.sparkContext().isStopped(), "the job leaves a context it did not start running");
    }

    @Test
    void wetRecordsKeepTheirIdsUrlsAndDates() throws IOException {
        Path wet = Files.createDirectories(tmp.resolve("wet")).resolve("crawl.warc.wet.gz");
        Instant date = Instant.parse("2024-05-01T12:30:00Z");
        Map<String, String> urls = new HashMap<>();
        try (FileChannel channel = FileChannel.open(wet, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            String[] texts = {SPUN, CLEAN, ""};
            for (int i = 0; i < texts.length; i++) {
                URI id = URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(new byte[] {(byte) i}));
                String url = "https://news.example/story-" + i;
                urls.put(id.toString(), url);
                writer.write(new WarcConversion.Builder().recordId(id).date(date).addHeader("WARC-Target-URI", url)
                        .body(MediaType.PLAIN_TEXT, texts[i].getBytes(StandardCharsets.UTF_8)).build());
            }
        }
        Path out = tmp.resolve("wet-out");
        SparkRestorer.builder().build().restore(CorpusReader.read(spark, CorpusFormat.WARC, wet.getParent().toString()))
                .write().json(out.toString());

        List<Row> rows = spark.read().schema(RestorationSchema.RESTORATION).json(out.toString()).collectAsList();
        assertEquals(urls.keySet(), rows.stream().map(r -> (String) r.getAs(RestorationSchema.ID)).collect(Collectors.toSet()));
        for (Row row : rows) {
            assertEquals(urls.get(row.<String>getAs(RestorationSchema.ID)), row.getAs(RestorationSchema.URL));
            assertEquals(Timestamp.from(date), row.getAs(RestorationSchema.DATE));
            assertNull(row.getAs(RestorationSchema.ERROR));
        }
        Row spun = rows.stream().filter(r -> r.getAs(RestorationSchema.URL).equals("https://news.example/story-0")).findFirst().orElseThrow();
        assertEquals(TestEngines.defaults().restore(SPUN).text(), spun.getAs(RestorationSchema.TEXT));
    }

    @Test
    void theJobReadsJsonLinesWithItsOwnColumnNamesAndWritesJsonLines() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("jsonl")).resolve("docs.jsonl");
        Files.writeString(in, """
                {"doc_id": 41, "body": "The Federal Reservoir chair survived a killing try.", "link": "https://a.example/1"}
                {"doc_id": 42, "body": "The Federal Reserve chair spoke on Tuesday.", "link": "https://a.example/2"}
                {"doc_id": 43, "link": "https://a.example/3"}
                """);
        Path out = tmp.resolve("jsonl-out");
        assertEquals(0, RestoreJob.run("--input", in.toString(), "--input-format", "jsonl", "--output", out.toString(),
                "--output-format", "jsonl", "--id-column", "doc_id", "--text-column", "body", "--url-column", "link"));

        Map<String, Row> byId = spark.read().schema(RestorationSchema.RESTORATION).json(out.toString()).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs(RestorationSchema.ID), r -> r));
        assertEquals(List.of("41", "42", "43"), byId.keySet().stream().sorted().toList());
        assertEquals("https://a.example/1", byId.get("41").getAs(RestorationSchema.URL));
        assertEquals("https://a.example/3", byId.get("43").getAs(RestorationSchema.URL));
        assertEquals(TestEngines.defaults().restore("The Federal Reservoir chair survived a killing try.").text(), byId.get("41").getAs(RestorationSchema.TEXT));
        assertEquals("The Federal Reserve chair spoke on Tuesday.", byId.get("42").getAs(RestorationSchema.TEXT));
        assertTrue(byId.get("41").<Integer>getAs(RestorationSchema.EDIT_COUNT) > 0);
        assertEquals("the document has no text", byId.get("43").getAs(RestorationSchema.ERROR));
        assertFalse(spark.sparkContext().isStopped(), "the job leaves a session it did not start running");
    }

    @Test
    void aDocumentThatFaultsIsReportedInItsRowAndTheOthersAreRestored() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("faulty/rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        Files.writeString(rules.resolve("faults.drl"), """
                package org.unspin.rules;
                import org.unspin.decide.facts.Candidate;

                rule "throws in its action"
                    agenda-group "decide"
                    salience 500
                when
                    $c : Candidate( text == "little hats" )
                then
                    throw new IllegalStateException("boom");
                end
                """);
        Dataset<Row> documents = spark.createDataFrame(List.of(
                RowFactory.create("ok-1", null, null, "The Federal Reservoir met."),
                RowFactory.create("faults", null, null, "Wait, little hats rallied."),
                RowFactory.create("ok-2", null, null, CLEAN)), RestorationSchema.DOCUMENT);

        Map<String, Row> byId = SparkRestorer.builder().engine(new EngineSource(rules.toString(), null)).build()
                .restore(documents).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs(RestorationSchema.ID), r -> r));

        String error = byId.get("faults").getAs(RestorationSchema.ERROR);
        assertNotNull(error);
        assertTrue(error.startsWith("RuleFaultException: rule 'throws in its action' (rules/faults.drl) failed near character 6"), error);
        assertNull(byId.get("faults").getAs(RestorationSchema.TEXT));
        assertEquals(TestEngines.defaults().restore("The Federal Reservoir met.").text(), byId.get("ok-1").getAs(RestorationSchema.TEXT));
        assertEquals(CLEAN, byId.get("ok-2").getAs(RestorationSchema.TEXT));
        assertNull(byId.get("ok-1").getAs(RestorationSchema.ERROR));
    }

    @Test
    void eachExecutorBuildsItsEngineOnceForEveryPartitionAndJob() {
        Dataset<Row> documents = spark.createDataFrame(
                java.util.stream.IntStream.range(0, 40).mapToObj(i -> RowFactory.create("d" + i, null, null, i % 2 == 0 ? SPUN : CLEAN)).toList(),
                RestorationSchema.DOCUMENT);
        SparkRestorer restorer = SparkRestorer.builder().partitions(8).build();
        assertEquals(40, restorer.restore(documents).count());
        assertEquals(40, restorer.restore(documents).filter("error is null").count());
        // local mode: the driver JVM is the one executor, and its two task threads share one engine
        assertEquals(1, ExecutorEngines.builds(EngineSource.bundled()));
    }

    @Test
    void theSummaryCountsDocumentsTokensEditsSpunAndFailures() {
        Dataset<Row> documents = spark.createDataFrame(List.of(
                RowFactory.create("spun", null, null, SPUN),
                RowFactory.create("clean", null, null, CLEAN),
                RowFactory.create("none", null, null, null)), RestorationSchema.DOCUMENT);
        JobSummary summary = JobSummary.of(SparkRestorer.builder().build().restore(documents));
        assertEquals(3, summary.documents());
        assertEquals(1, summary.failures());
        assertEquals(TestEngines.defaults().restore(SPUN).tokens() + TestEngines.defaults().restore(CLEAN).tokens(), summary.tokens());
        assertEquals(TestEngines.defaults().restore(SPUN).editCount(), summary.edits());
        assertEquals(TestEngines.defaults().restore(SPUN).documentSpun() ? 1 : 0, summary.spun());

        // counted while written (the job's way), through a shuffle, once per document
        JobSummary.Counter counter = new JobSummary.Counter(spark.sparkContext());
        Path out = tmp.resolve("summary-out");
        SparkRestorer.builder().partitions(3).count(counter).build().restore(documents).write().json(out.toString());
        assertEquals(summary, counter.summary());
        assertEquals(summary, JobSummary.of(spark.read().schema(RestorationSchema.RESTORATION).json(out.toString())));
    }

    @Test
    void badUsageExitsWithTwoBeforeStartingSpark() {
        assertEquals(2, RestoreJob.run("--input", "x", "--output", "y", "--input-format", "pdf"));
        assertEquals(2, RestoreJob.run("--input", "x"));
        assertEquals(CorpusFormat.WARC, CorpusFormat.parse("wet"));
    }
}
