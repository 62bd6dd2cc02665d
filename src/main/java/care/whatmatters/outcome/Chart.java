package care.whatmatters.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a small line chart of dated values, drawn by the page as inline SVG (no script). The
 * chart is decoration for sighted readers: every page shows the same values in a table beside it.
 *
 * @param line   the SVG polyline points
 * @param target the y of a target or threshold line, or null
 */
public record Chart(int width, int height, String line, List<Dot> dots, List<Tick> ticks, String firstDate,
        String lastDate, Double target) {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 160;
    private static final int LEFT = 40;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    public record Value(LocalDate on, BigDecimal value) {
    }

    public record Dot(double x, double y, String label) {
    }

    public record Tick(double y, String label) {
    }

    public static Chart of(List<Value> values, double min, double max, BigDecimal target) {
        LocalDate first = values.getFirst().on();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, values.getLast().on()));
        List<Dot> dots = values.stream().map(v -> new Dot(
                values.size() == 1 ? LEFT + plotWidth() / 2.0 : LEFT + plotWidth() * ChronoUnit.DAYS.between(first, v.on()) / (double) span,
                y(v.value().doubleValue(), min, max), v.on() + ": " + v.value().stripTrailingZeros().toPlainString()))
                .toList();
        String line = String.join(" ", dots.stream().map(d -> fmt(d.x()) + "," + fmt(d.y())).toList());
        List<Tick> ticks = List.of(new Tick(y(max, min, max), label(max)), new Tick(y((min + max) / 2, min, max),
                label((min + max) / 2)), new Tick(y(min, min, max), label(min)));
        return new Chart(WIDTH, HEIGHT, line, dots, ticks, first.toString(), values.getLast().on().toString(),
                target == null ? null : y(target.doubleValue(), min, max));
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static double y(double value, double min, double max) {
        double clamped = Math.max(min, Math.min(max, value));
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (clamped - min) / (max - min));
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.UK, "%.1f", value);
    }

    private static String fmt(double v) {
        return String.format(Locale.UK, "%.1f", v);
    }
}
