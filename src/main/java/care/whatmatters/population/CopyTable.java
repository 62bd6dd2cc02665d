package care.whatmatters.population;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.postgresql.copy.CopyManager;

/**
 * The rows of one table for one chunk, in PostgreSQL's COPY text format: tab between fields, {@code \N} for
 * null, backslash escapes for backslash, tab and line breaks. Instants are written in UTC with microseconds,
 * which is exactly what {@code timestamptz} keeps (the audit chain hashes the value as it reads back).
 */
final class CopyTable {

    private final String name;
    private final String columns;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private int count;

    CopyTable(String name, String columns) {
        this.name = name;
        this.columns = columns;
    }

    String name() {
        return name;
    }

    /** The rows as COPY will send them. */
    String text() {
        return rows.toString();
    }

    int count() {
        return count;
    }

    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
        count++;
    }

    long copy(CopyManager copy) throws SQLException, IOException {
        if (count == 0) {
            return 0;
        }
        return copy.copyIn("copy " + name + " (" + columns + ") from stdin", new StringReader(rows.toString()));
    }

    private void append(Object value) {
        switch (value) {
            case null -> rows.append("\\N");
            case Instant at -> rows.append(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            case byte[] bytes -> rows.append("\\\\x").append(HexFormat.of().formatHex(bytes));
            case Boolean b -> rows.append(b ? 't' : 'f');
            case String text -> escape(text);
            default -> rows.append(value);
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }
}
