package care.whatmatters.population;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The indexes, keys and foreign keys of the tables a large load writes, dropped before it and made again
 * after it, inside the load's own transaction. PostgreSQL's own advice for populating a database: building an
 * index once over all the rows is far cheaper than keeping it up to date row by row, and one join checks a
 * foreign key for every row at once where a row-by-row check locks the referenced row each time. At a million
 * people the row-by-row upkeep was most of the load's time.
 * <p>
 * Nothing is left unchecked: primary keys and unique constraints are added again as constraints (those other
 * tables refer to stay in place throughout), unique indexes are rebuilt as unique and foreign keys re-added
 * with validation, so a duplicate or a dangling reference fails the load. Because the drops are in the load's
 * transaction, a load that fails, or a process that is killed, leaves every index and constraint exactly as it
 * was. The price: the tables are locked for the whole load, so other sessions wait for them (readers too).
 * Definitions come from the catalogue ({@code pg_get_indexdef}, {@code pg_get_constraintdef}), so the
 * migrations stay the only place they are written.
 */
final class SuspendedIndexes {

    private static final String FOREIGN_KEYS = """
            select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
              from pg_constraint c
             where c.contype = 'f' and c.conrelid = any (?::regclass[])
             order by c.conrelid::regclass::text, c.conname""";

    /**
     * Primary keys and unique constraints that only the load's own tables refer to (through foreign keys this
     * drops first): rebuilt like an index, and checked again as they are.
     */
    private static final String KEYS = """
            select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
              from pg_constraint c
             where c.contype in ('p', 'u') and c.conrelid = any (?::regclass[])
               and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid
                                  and not f.conrelid = any (?::regclass[]))
             order by c.conrelid::regclass::text, c.conname""";

    /** Indexes no constraint uses: not a primary key's, a unique constraint's or an exclusion constraint's. */
    private static final String INDEXES = """
            select i.indrelid::regclass::text, x.relname, pg_get_indexdef(i.indexrelid)
              from pg_index i join pg_class x on x.oid = i.indexrelid
             where i.indrelid = any (?::regclass[])
               and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
             order by i.indrelid::regclass::text, x.relname""";

    /**
     * Tables with checks of their own that run at commit (the ledger's "every transaction balances"): they look
     * rows up by key, which without their indexes would mean a scan for every row, so their indexes stay.
     */
    private static final String CHECKED_AT_COMMIT = """
            select distinct t.tgrelid::regclass::text from pg_trigger t
             where t.tgrelid = any (?::regclass[]) and t.tgconstraint <> 0 and not t.tgisinternal""";

    /**
     * One dropped index, key or foreign key: its table, its name and its definition (a whole {@code create index}
     * statement for an index, the constraint's clause for a key or foreign key).
     */
    record Definition(String table, String name, String create) {

        String dropConstraint() {
            return "alter table " + table + " drop constraint " + quote(name);
        }

        String addConstraint() {
            return "alter table " + table + " add constraint " + quote(name) + " " + create;
        }
    }

    private final List<Definition> foreignKeys;
    private final List<Definition> keys;
    private final List<Definition> indexes;

    private SuspendedIndexes(List<Definition> foreignKeys, List<Definition> keys, List<Definition> indexes) {
        this.foreignKeys = foreignKeys;
        this.keys = keys;
        this.indexes = indexes;
    }

    /**
     * Drops the foreign keys, then the indexes, then the keys only they referred to, of {@code tables}, in the
     * caller's transaction.
     */
    static SuspendedIndexes drop(Connection connection, Collection<String> tables) throws SQLException {
        List<String> suspended = new ArrayList<>(tables);
        suspended.removeAll(query(connection, CHECKED_AT_COMMIT, tables, rows -> rows.getString(1)));
        List<Definition> foreignKeys = query(connection, FOREIGN_KEYS, suspended, SuspendedIndexes::definition);
        List<Definition> keys = query(connection, KEYS, suspended, SuspendedIndexes::definition);
        List<Definition> indexes = query(connection, INDEXES, suspended, SuspendedIndexes::definition);
        try (Statement statement = connection.createStatement()) {
            for (Definition key : foreignKeys) {
                statement.execute(key.dropConstraint());
            }
            for (Definition index : indexes) {
                statement.execute("drop index " + quote(index.name()));
            }
            for (Definition key : keys) {
                statement.execute(key.dropConstraint());
            }
        }
        return new SuspendedIndexes(foreignKeys, keys, indexes);
    }

    /** Adds the keys again, builds the indexes and re-adds the foreign keys, each checked against every row. */
    void restore(Connection connection, Step step) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            // PostgreSQL builds no index on a table with checks still waiting for the commit (the ledger's
            // "every transaction balances"): run them now.
            step.timed("(deferred checks)", () -> statement.execute("set constraints all immediate"));
            // Sorting in memory rather than on disk: the indexes of ten million report facts.
            statement.execute("set local maintenance_work_mem = '512MB'");
            for (Definition key : keys) {
                step.timed("(keys " + key.table() + ")", () -> statement.execute(key.addConstraint()));
            }
            for (Definition index : indexes) {
                step.timed("(index " + index.table() + ")", () -> statement.execute(index.create()));
            }
            for (Definition key : foreignKeys) {
                step.timed("(foreign keys " + key.table() + ")", () -> statement.execute(key.addConstraint()));
            }
        }
    }

    /** Something timed under a name, adding to the load's breakdown. */
    interface Step {
        void timed(String name, Work work) throws SQLException, IOException;
    }

    interface Work {
        void run() throws SQLException, IOException;
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Runs a catalogue query whose every parameter is the list of tables. */
    private static <T> List<T> query(Connection connection, String sql, Collection<String> tables, Row<T> row)
            throws SQLException {
        List<T> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            long parameters = sql.chars().filter(c -> c == '?').count();
            for (int parameter = 1; parameter <= parameters; parameter++) {
                query.setArray(parameter, connection.createArrayOf("text", tables.toArray()));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(row.read(rows));
                }
            }
        }
        return List.copyOf(found);
    }

    private static Definition definition(ResultSet row) throws SQLException {
        return new Definition(row.getString(1), row.getString(2), row.getString(3));
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
