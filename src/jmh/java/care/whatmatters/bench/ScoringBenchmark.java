package care.whatmatters.bench;

import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.outcome.domain.Scoring;
import care.whatmatters.outcome.domain.ScoreSheet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Scoring a questionnaire exactly as published: done on every read of a person's outcome history. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScoringBenchmark {

    final Answers ons4 = new Answers.Items(List.of(7, 8, 6, 3));
    final Answers wemwbs = new Answers.Items(List.of(3, 4, 2, 5, 3, 3, 4, 2, 3, 4, 5, 3, 2, 4));

    @Benchmark
    public ScoreSheet ons4() {
        return Scoring.score(Measure.ONS4, ons4);
    }

    @Benchmark
    public ScoreSheet wemwbs() {
        return Scoring.score(Measure.WEMWBS, wemwbs);
    }
}
