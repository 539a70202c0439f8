package org.unspin.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * {@code spark-submit target/unspin-spark.jar --input PATH --output PATH ...}: reads a corpus,
 * restores every document, writes the restorations and logs the summary (README.md, "Scale out").
 */
@Command(name = "unspin-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Restores a corpus on a Spark cluster: one row per document with the restored text, its edits, "
                + "the spin-risk score, or the error.")
public final class RestoreJob implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreJob.class);
    private static final String APP_NAME = "unspin restore";
    private static final String RUN_MARK = "spark.unspin.run";

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "The corpus: a folder, a file or a glob.")
    String input;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a folder of .txt files), jsonl, parquet, warc or wet (plain or gzip'ed). Default: ${DEFAULT-VALUE}.")
    String inputFormat;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "Where to write the restorations (a folder).")
    String output;

    @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "parquet", description = "parquet or jsonl. Default: ${DEFAULT-VALUE}.")
    String outputFormat;

    @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
    boolean overwrite;

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = RestorationSchema.ID, description = "jsonl/parquet: the id column. Default: ${DEFAULT-VALUE}.")
    String idColumn;

    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = RestorationSchema.TEXT, description = "jsonl/parquet: the text column. Default: ${DEFAULT-VALUE}.")
    String textColumn;

    @Option(names = "--url-column", paramLabel = "NAME", defaultValue = RestorationSchema.URL, description = "jsonl/parquet: the URL column, carried over if present. Default: ${DEFAULT-VALUE}.")
    String urlColumn;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder instead of the bundled rules: a path every executor reads, or the name of an archive shipped with --archives FILE.zip#DIR.")
    String rules;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Lexicon folder instead of the bundled lexicon (as --rules).")
    String lexicon;

    @Option(names = "--assume-spun", description = "Every document is known to be a spun copy (as restore --assume-spun).")
    boolean assumeSpun;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "Partitions to restore in. Default: four per core.")
    int partitions;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job and returns the exit code: 0 done (failed documents are rows with an error), 2 bad usage. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new RestoreJob());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                line.getErr().println("unspin-spark: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /**
     * In local mode this JVM is the one executor: its engine builds (seconds) while Spark starts
     * (seconds) instead of after. A failure here is left to the first task, which reports it.
     */
    private static void buildInBackground(EngineSource engine) {
        Thread builder = new Thread(() -> {
            try {
                ExecutorEngines.get(engine);
            } catch (RuntimeException e) {
                LOG.debug("engine not built ahead of the tasks", e);
            }
        }, "unspin-engine");
        builder.setDaemon(true);
        builder.start();
    }

    @Override
    public Integer call() {
        CorpusFormat format = CorpusFormat.parse(inputFormat);
        String writeFormat = switch (outputFormat.toLowerCase(Locale.ROOT)) {
            case "parquet" -> "parquet";
            case "jsonl", "json" -> "json";
            default -> throw new IllegalArgumentException("unknown output format " + outputFormat + " (parquet or jsonl)");
        };
        SparkConf conf = new SparkConf();
        // spark-submit sets the master; a plain `java -cp ...` run restores on this machine's cores
        conf.setIfMissing("spark.master", "local[*]");
        EngineSource engine = new EngineSource(rules, lexicon);
        if (conf.get("spark.master").startsWith("local")) {
            buildInBackground(engine);
            // one machine's run of a few minutes: no web UI to start unless asked for (--conf spark.ui.enabled=true)
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        if (format == CorpusFormat.TEXT && writeFormat.equals("json")) {
            return jsonLines(conf, engine);
        }
        // a session the caller already runs (a notebook, a test) is used and left running
        boolean ownSession = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSession.builder().appName(APP_NAME).config(conf).getOrCreate();
        try {
            // counted as the restorations are written: reading the output back cost a second job
            JobSummary.Counter counter = new JobSummary.Counter(spark.sparkContext());
            SparkRestorer restorer = SparkRestorer.builder()
                    .engine(engine)
                    .idColumn(idColumn).textColumn(textColumn).urlColumn(urlColumn)
                    .partitions(partitions).assumeSpun(assumeSpun)
                    .count(counter)
                    .build();
            Dataset<Row> restored = restorer.restore(CorpusReader.read(spark, format, input));
            restored.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists).format(writeFormat).save(output);
            return done(counter.summary());
        } finally {
            if (ownSession) {
                spark.stop();
            }
        }
    }

    /**
     * A text folder into JSON Lines: on Spark's core alone ({@link JsonLinesJob}), no SQL session.
     * A Spark context the caller already runs is used and left running.
     */
    private int jsonLines(SparkConf conf, EngineSource engine) {
        // getOrCreate ignores this conf when a context runs: the mark tells which case it was
        String mark = UUID.randomUUID().toString();
        conf.setAppName(conf.get("spark.app.name", APP_NAME)).set(RUN_MARK, mark);
        SparkContext context = SparkContext.getOrCreate(conf);
        boolean ownContext = mark.equals(context.getConf().get(RUN_MARK, null));
        try {
            JobSummary.Counter counter = new JobSummary.Counter(context);
            JsonLinesJob.run(JavaSparkContext.fromSparkContext(context), engine, assumeSpun, input, output, overwrite, partitions, counter);
            return done(counter.summary());
        } finally {
            if (ownContext) {
                context.stop();
            }
        }
    }

    private int done(JobSummary summary) {
        LOG.info("unspin: {}", summary);
        System.err.println("unspin: " + summary + "; written to " + output);
        return 0;
    }
}
