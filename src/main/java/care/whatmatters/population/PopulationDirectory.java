package care.whatmatters.population;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

/**
 * Tops the community directory up to N services (the search target is 50,000) by COPY: organisations of
 * twenty services each, every service at one physical location; a third around West Yorkshire, where the
 * demo cast lives, and the rest spread across England. No personal data.
 */
@Component
class PopulationDirectory {

    static final int CHUNK = 5_000;
    private static final double[][] CENTRES = {{53.7985, -1.5900}, {53.8200, -1.5770}, {53.7800, -1.7600},
        {53.7220, -1.8620}, {53.6830, -1.4990}, {53.6450, -1.7800}};
    private static final List<String[]> KINDS = List.of(
            new String[] {"Walking group", "Friendly led walks at an easy pace", "walking exercise outdoors meet people"},
            new String[] {"Community choir", "Sing together, no experience needed", "singing music meet people loneliness"},
            new String[] {"Men's shed", "Make, mend and chat in a shared workshop", "woodwork men loneliness meet people"},
            new String[] {"Gardening club", "Grow food and flowers together", "gardening outdoors allotment"},
            new String[] {"Coffee morning", "A warm welcome and a cup of tea", "social isolation loneliness meet people"},
            new String[] {"Chair-based exercise", "Gentle exercise seated", "exercise mobility falls older people"},
            new String[] {"Debt and benefits advice", "Free confidential money advice", "money debt benefits advice"},
            new String[] {"Befriending service", "A volunteer who visits or calls weekly", "befriending loneliness"},
            new String[] {"Art for wellbeing", "Painting and craft in a calm group", "art craft mental wellbeing"},
            new String[] {"Swimming for health", "Quiet sessions at the local pool", "swimming exercise fitness"});

    private final DataSource dataSource;

    PopulationDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds services until there are {@code wanted}; answers how many were added. */
    int ensure(int wanted, long seed, PopulationLoader.Progress progress) {
        try (Connection connection = dataSource.getConnection()) {
            int existing = count(connection);
            int total = Math.max(0, wanted - existing);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            connection.setAutoCommit(false);
            for (int from = 0; from < total; from += CHUNK) {
                int size = Math.min(CHUNK, total - from);
                chunk(existing + from, size, seed).forEach(table -> {
                    try {
                        table.copy(copy);
                    } catch (SQLException | java.io.IOException e) {
                        throw new IllegalStateException("The directory load failed: " + e.getMessage(), e);
                    }
                });
                connection.commit();
                progress.loaded(from + size, total);
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("directory_organisation", "directory_service", "directory_location",
                        "directory_service_at_location", "directory_search_place")) {
                    statement.execute("analyze " + table);
                }
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException("The directory load failed: " + e.getMessage(), e);
        }
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from directory_service")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<CopyTable> chunk(int first, int size, long seed) {
        CopyTable organisations = new CopyTable("directory_organisation", "id, name, description, last_modified");
        CopyTable services = new CopyTable("directory_service", "id, organisation_id, name, description, status, "
                + "capacity, waiting_weeks, cost_per_session_pence, assured_date, completeness, fingerprint, "
                + "duplicate_key, search_text, last_modified, version, created_at, created_by, updated_at, updated_by");
        CopyTable locations = new CopyTable("directory_location", "id, location_type, name, latitude, longitude, "
                + "address_1, city, postal_code, country, step_free");
        CopyTable at = new CopyTable("directory_service_at_location", "id, service_id, location_id");
        Instant now = Instant.now();
        UUID organisation = null;
        for (int index = first; index < first + size; index++) {
            SplittableRandom random = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + index);
            if (organisation == null || index % 20 == 0) {
                organisation = PopulationIds.at(now, random);
                organisations.row(organisation, "Synthetic community organisation " + (index / 20 + 1),
                        "A voluntary and community organisation (synthetic)", now);
            }
            String[] kind = KINDS.get(random.nextInt(KINDS.size()));
            double[] centre = random.nextDouble() < 0.33 ? CENTRES[random.nextInt(CENTRES.length)] : null;
            double lat = centre != null ? centre[0] + random.nextGaussian() * 0.05 : 50.6 + random.nextDouble() * 4.4;
            double lng = centre != null ? centre[1] + random.nextGaussian() * 0.07 : -3.6 + random.nextDouble() * 5.2;
            UUID service = PopulationIds.at(now, random);
            UUID location = PopulationIds.at(now, random);
            String name = kind[0] + " " + (index + 1);
            String postcode = "ZZ" + (index % 99 + 1) + " " + (index % 9 + 1) + "AA";
            String capacity = random.nextDouble() < 0.8 ? "TAKING_REFERRALS" : random.nextBoolean() ? "WAITING_LIST" : "FULL";
            services.row(service, organisation, name, kind[1], "active", capacity,
                    capacity.equals("WAITING_LIST") ? random.nextInt(1, 12) : null,
                    random.nextDouble() < 0.6 ? 0L : 100L * random.nextInt(1, 8),
                    LocalDate.now().minusDays(random.nextInt(0, 400)), random.nextInt(55, 101),
                    Long.toHexString(random.nextLong()), name.toLowerCase(java.util.Locale.UK) + "|" + postcode,
                    kind[2], now, 1L, now, "population loader", now, "population loader");
            locations.row(location, "physical", name, lat, lng, index + " High Street", "Synthetic town", postcode,
                    "GB", random.nextBoolean());
            at.row(PopulationIds.at(now, random), service, location);
        }
        return List.of(organisations, services, locations, at);
    }
}
