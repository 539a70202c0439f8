package org.unspin.robust;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.TestEngines;
import org.unspin.TestTexts;
import org.unspin.Unspinner;
import org.unspin.decide.RuleBase;
import org.unspin.lexicon.Example;
import org.unspin.lexicon.LexiconEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One shared engine, eight threads, a thousand mixed documents: every result equals the one a
 * single thread gets, also while another thread reloads the rules and lexicon (some reloads
 * failing on a broken file).
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int DOCUMENTS = 1000;

    private static List<String> documents;
    private static List<Restoration> singleThreaded;

    @BeforeAll
    static void restoreEveryDocumentOnOneThread() {
        documents = mixedDocuments(DOCUMENTS);
        singleThreaded = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            singleThreaded.add(TestEngines.defaults().restore(documents.get(i), options(i)));
        }
    }

    /** Every third document is declared spun, so weak entries and typography fire too. */
    private static RestoreOptions options(int document) {
        return new RestoreOptions(document % 3 == 0);
    }

    @Test
    void eightThreadsGetTheSingleThreadResults() throws InterruptedException {
        List<Restoration> parallel = restoreInParallel(TestEngines.defaults(), () -> true);
        assertSameResults(parallel);
    }

    @Test
    void reloadingDuringTheRunCorruptsNoResult(@TempDir Path root) throws Exception {
        Path rules = DataFolders.copyRules(root);
        Path lexicon = DataFolders.copyLexicon(root);
        Unspinner engine = Unspinner.builder().rules(rules).lexicon(lexicon).build();
        Path finance = lexicon.resolve("finance.tsv");
        String goodFinance = Files.readString(finance);
        AtomicInteger reloads = new AtomicInteger();
        AtomicInteger failedReloads = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        List<Throwable> reloadErrors = new ArrayList<>();
        Thread reloader = new Thread(() -> {
            try {
                while (!done.get()) {
                    engine.reload();
                    reloads.incrementAndGet();
                    Files.writeString(finance, goodFinance + "a row without its original\n");
                    try {
                        engine.reload();
                        reloadErrors.add(new AssertionError("a broken lexicon was loaded"));
                    } catch (RuntimeException expected) {
                        failedReloads.incrementAndGet();
                    } finally {
                        Files.writeString(finance, goodFinance);
                    }
                }
            } catch (Throwable t) {
                reloadErrors.add(t);
            }
        }, "reloader");
        reloader.start();
        List<Restoration> parallel;
        try {
            parallel = restoreInParallel(engine, () -> reloads.get() >= 2);
        } finally {
            done.set(true);
            reloader.join(TimeUnit.MINUTES.toMillis(2));
        }
        assertEquals(List.of(), reloadErrors);
        System.out.printf("%d documents on %d threads during %d reloads (%d refused a broken file)%n",
                DOCUMENTS, THREADS, reloads.get(), failedReloads.get());
        assertTrue(reloads.get() >= 2 && failedReloads.get() >= 1, reloads + " reloads, " + failedReloads + " failed");
        assertSameResults(parallel);
    }

    private static void assertSameResults(List<Restoration> parallel) {
        for (int i = 0; i < DOCUMENTS; i++) {
            assertEquals(singleThreaded.get(i), parallel.get(i), "document " + i + ": " + abbreviate(documents.get(i)));
            TestTexts.assertEditsReproduceText(parallel.get(i));
        }
    }

    /**
     * Restores every document on {@value #THREADS} threads that start together and take documents
     * in turn, going round again until {@code enoughReloads} holds (so that reloads overlap them).
     */
    private static List<Restoration> restoreInParallel(Unspinner engine, BooleanSupplier enoughReloads)
            throws InterruptedException {
        AtomicReferenceArray<Restoration> results = new AtomicReferenceArray<>(DOCUMENTS);
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> errors = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (int k = next.getAndIncrement(); ; k = next.getAndIncrement()) {
                        if (k >= DOCUMENTS && enoughReloads.getAsBoolean()) {
                            break;
                        }
                        int i = k % DOCUMENTS;
                        Restoration r = engine.restore(documents.get(i), options(i));
                        Restoration earlier = results.getAndSet(i, r);
                        if (earlier != null && !earlier.equals(r)) {
                            throw new AssertionError("document " + i + " restored differently on a later round");
                        }
                    }
                } catch (Throwable e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                }
            }, "restorer-" + t);
            threads.add(thread);
            thread.start();
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(4));
            if (thread.isAlive()) {
                fail(thread.getName() + " still running after 4 minutes");
            }
        }
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.size() + " restorations failed, first: " + errors.get(0), errors.get(0));
        }
        List<Restoration> out = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            out.add(results.get(i));
        }
        return out;
    }

    /**
     * Documents of every kind the engine meets: the reference article whole and by sentences,
     * lexicon and rule examples (spun and clean), junk, and mixtures of them, some large.
     */
    static List<String> mixedDocuments(int count) {
        List<String> pieces = new ArrayList<>();
        String spun = TestTexts.referenceSpun();
        for (String sentence : spun.split("(?<=[.!?])\\s+")) {
            pieces.add(sentence);
        }
        for (LexiconEntry e : TestEngines.defaults().lexicon().entries()) {
            for (Example x : e.examples()) {
                pieces.add(x.input());
            }
        }
        for (RuleBase.RuleInfo r : TestEngines.defaults().rules().rules()) {
            if (r.exampleInput() != null) {
                pieces.add(r.exampleInput());
            }
            if (r.clean() != null) {
                pieces.add(r.clean());
            }
        }
        Random random = new Random(20240711);
        List<String> docs = new ArrayList<>(count);
        docs.add(spun);
        docs.add(TestTexts.referenceOriginal());
        docs.add("");
        while (docs.size() < count) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                docs.add(pieces.get(random.nextInt(pieces.size())));
            } else if (kind < 8) {
                StringBuilder b = new StringBuilder();
                for (int n = 2 + random.nextInt(8); n > 0; n--) {
                    b.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextInt(4) == 0 ? "\n\n" : " ");
                }
                docs.add(b.toString());
            } else if (kind < 9) {
                docs.add(junk(random));
            } else {
                docs.add(spun + "\n\n" + pieces.get(random.nextInt(pieces.size())) + " " + junk(random));
            }
        }
        return docs;
    }

    private static String junk(Random random) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(300); n > 0; n--) {
            int r = random.nextInt(10);
            if (r < 6) {
                b.append((char) ('a' + random.nextInt(26)));
            } else if (r < 8) {
                b.append(" &amp;\"'.,\n\r\t".charAt(random.nextInt(12)));
            } else {
                b.appendCodePoint(random.nextInt(0x2FFFF));
            }
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
