package org.unspin.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.Unspinner;
import org.unspin.decide.RuleBase;

import java.util.concurrent.TimeUnit;

/**
 * Start-up costs, each measured once per fresh JVM (single shot, no warm-up): what a command-line
 * run pays. {@link #ruleBaseRebuild} is the warm cost of compiling the rules again ({@code reload}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(3)
public class StartupBenchmark {

    /** WordNet, lexicon and rules: {@code Unspinner.withDefaults()} in a fresh JVM. */
    @Benchmark
    public Unspinner engineStartup() {
        return Unspinner.withDefaults();
    }

    /** Compiling the bundled rules in a fresh JVM (Drools classes not yet loaded). */
    @Benchmark
    public RuleBase ruleBaseBuild() {
        return RuleBase.compileBundled();
    }

    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 5)
    @Fork(1)
    public RuleBase ruleBaseRebuild() {
        return RuleBase.compileBundled();
    }
}
