package care.whatmatters.outcome.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The SWEMWBS raw-to-metric conversion table, kept as data in {@code outcome/swemwbs-conversion.csv} (the
 * file cites its source). Checked when loaded: one row for every raw total from 7 to 35, metric scores
 * rising, 7 → 7.00 and 35 → 35.00.
 */
public final class SwemwbsConversion {

    static final String RESOURCE = "/outcome/swemwbs-conversion.csv";
    private static final List<BigDecimal> METRIC = load();

    private SwemwbsConversion() {
    }

    /** The metric score for a raw total of 7 to 35. */
    public static BigDecimal metric(int raw) {
        if (raw < 7 || raw > 35) {
            throw new IllegalArgumentException("SWEMWBS raw totals run from 7 to 35, not " + raw);
        }
        return METRIC.get(raw - 7);
    }

    private static List<BigDecimal> load() {
        try (InputStream in = SwemwbsConversion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The SWEMWBS conversion table " + RESOURCE + " is missing");
            }
            return checked(rows(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(BufferedReader reader) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String row = line.strip();
            if (!row.isEmpty() && !row.startsWith("#") && !row.startsWith("raw")) {
                rows.add(row.split(","));
            }
        }
        return rows;
    }

    private static List<BigDecimal> checked(List<String[]> rows) {
        List<BigDecimal> metric = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (Integer.parseInt(row[0].strip()) != 7 + i) {
                throw new IllegalStateException("SWEMWBS table row " + (i + 1) + " should be raw " + (7 + i));
            }
            BigDecimal value = new BigDecimal(row[1].strip());
            if (!metric.isEmpty() && value.compareTo(metric.getLast()) <= 0) {
                throw new IllegalStateException("SWEMWBS metric scores must rise with the raw total (raw " + (7 + i) + ")");
            }
            metric.add(value);
        }
        if (metric.size() != 29) {
            throw new IllegalStateException("The SWEMWBS table needs 29 rows (raw 7 to 35), it has " + metric.size());
        }
        return List.copyOf(metric);
    }
}
