package care.whatmatters.reporting.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn on the server as SVG: bars scaled to the largest value, suppressed values drawn as an
 * empty outline. It needs no script, and a table of the same numbers always sits beside it.
 */
record BarChart(String title, List<Bar> bars, int width, int height) {

    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    static final int LABEL_SPACE = 40;

    /** One bar: where it is drawn and what it says. */
    record Bar(String label, Long value, int x, int y, int barWidth, int barHeight, boolean suppressed) {
    }

    static BarChart of(String title, List<String> labels, List<Long> values) {
        long max = Math.max(1, values.stream().filter(v -> v != null).mapToLong(Long::longValue).max().orElse(1));
        int n = Math.max(1, labels.size());
        int slot = WIDTH / n;
        int plot = HEIGHT - LABEL_SPACE;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Long value = values.get(i);
            int h = value == null ? plot / 10 : (int) Math.round((double) value / max * (plot - 10));
            bars.add(new Bar(labels.get(i), value, i * slot + slot / 8, plot - h, Math.max(2, slot * 3 / 4), h,
                    value == null));
        }
        return new BarChart(title, bars, WIDTH, HEIGHT);
    }
}
