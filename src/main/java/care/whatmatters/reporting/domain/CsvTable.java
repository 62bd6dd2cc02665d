package care.whatmatters.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A CSV file (RFC 4180): a header row, then rows with the same number of fields, CRLF line ends. A field is
 * quoted when it holds a comma, quote or line break (quotes doubled), and one a spreadsheet would run as a
 * formula (starting =, +, - or @, unless it is a number) is started with a quote mark.
 */
public final class CsvTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public CsvTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public CsvTable row(List<String> fields) {
        if (fields.size() != header.size()) {
            throw new IllegalArgumentException("a row has " + fields.size() + " fields; the header has "
                    + header.size());
        }
        rows.add(fields.stream().map(f -> f == null ? "" : f).toList());
        return this;
    }

    public List<String> header() {
        return header;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    public String render() {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(r -> line(csv, r));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(CsvTable::quoted).collect(Collectors.joining(","))).append("\r\n");
    }

    static String quoted(String field) {
        String safe = field;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0 && !safe.matches("-?[0-9.]+")) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
