package care.whatmatters.population;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A progress bar on the console with the rate and an estimate of the time left, from the rate so far. It
 * counts people and nothing else: no personal data is ever printed or logged.
 */
final class ProgressBar implements PopulationLoader.Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String what;
    private final long started = System.nanoTime();

    ProgressBar(PrintStream out, String what) {
        this.out = out;
        this.what = what;
    }

    @Override
    public void loaded(long done, long total) {
        out.print("\r" + line(done, total, Duration.ofNanos(System.nanoTime() - started)));
        if (done >= total) {
            out.println();
        }
        out.flush();
    }

    @Override
    public void step(String what) {
        out.println();
        out.println("Now " + what + "...");
        out.flush();
    }

    String line(long done, long total, Duration elapsed) {
        double share = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(share * WIDTH);
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        long rate = Math.round(done / seconds);
        Duration left = done == 0 ? null : Duration.ofMillis((long) (elapsed.toMillis() * (total - done) / (double) done));
        return String.format("[%s%s] %3d%% %,d of %,d %s, %,d a second, %s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.round(share * 100), done, total, what, rate,
                done >= total ? "done in " + format(elapsed) : left == null ? "estimating" : "about " + format(left) + " left");
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? String.format("%dm %02ds", s / 60, s % 60) : String.format("%.1fs", d.toMillis() / 1000.0);
    }
}
