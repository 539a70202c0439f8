package org.unspin.spark;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unspin.Unspinner;

import java.util.HashMap;
import java.util.Map;

/**
 * One engine per JVM and engine source, built on first use and shared by every task the
 * executor runs: building takes seconds, restoring a document milliseconds, and the engine is
 * thread-safe. Tasks that ask while it is being built wait for it instead of building their own.
 */
public final class ExecutorEngines {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorEngines.class);
    private static final Map<EngineSource, Unspinner> ENGINES = new HashMap<>();
    private static final Map<EngineSource, Integer> BUILDS = new HashMap<>();

    private ExecutorEngines() {
    }

    /** Called once per partition: the lock is taken rarely, and held long only by the first build. */
    public static synchronized Unspinner get(EngineSource source) {
        Unspinner engine = ENGINES.get(source);
        if (engine == null) {
            long started = System.nanoTime();
            engine = source.build();
            ENGINES.put(source, engine);
            BUILDS.merge(source, 1, Integer::sum);
            LOG.info("unspin: engine built in {} ms (rules: {}, lexicon: {})", (System.nanoTime() - started) / 1_000_000,
                    source.rules() == null ? "bundled" : source.rules(), source.lexicon() == null ? "bundled" : source.lexicon());
        }
        return engine;
    }

    /** How many engines this JVM built from this source (tests check that it is one). */
    public static synchronized int builds(EngineSource source) {
        return BUILDS.getOrDefault(source, 0);
    }
}
