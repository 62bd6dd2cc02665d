package care.whatmatters.directory.persistence;

import care.whatmatters.directory.domain.Assurance;
import care.whatmatters.directory.domain.Capacity;
import care.whatmatters.directory.domain.CapacityStatus;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.NeedWords;
import care.whatmatters.directory.domain.SearchCriteria;
import care.whatmatters.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the services a search could return, using the indexes. Near a point: the GiST index of
 * {@code directory_search_place} (a row per located place of an active service, kept by the database) on the
 * place and the words together: a bounding box around the point and any of the need's words. Anywhere: the
 * GIN index on the services' {@code search_vector}. At most {@value #CANDIDATES} candidates (most of the
 * person's words matched, then nearest) go on to be ranked exactly in Java, so a search costs about the same
 * however large the directory grows. Near a point, this node's copy of the places ({@link KeptPlaces})
 * chooses the same candidates without the database while it is current.
 */
@Repository
public class SearchIndex {

    static final int CANDIDATES = 400;

    private static final String COLUMNS = """
            s.id, s.name, o.name as organisation, coalesce(s.description, '') || ' ' || s.search_text as words,
            s.capacity, s.waiting_weeks, s.cost_per_session_pence, s.assured_date, s.completeness,
            l.latitude, l.longitude, l.postal_code, l.step_free""";

    /** What {@link #found} reads from {@code directory_search_place p}: the query near a point and the copy. */
    static final String PLACE_COLUMNS = """
            p.service_id as id, p.name, p.organisation, p.words, p.capacity, p.waiting_weeks,
            p.cost_per_session_pence, p.assured_date, p.completeness, p.place[1] as latitude,
            p.place[0] as longitude, p.postal_code, p.step_free""";

    /** A service's first located place (then its first place), which stands for it when there is no point. */
    private static final String FIRST_PLACE = """
            select l.* from directory_service_at_location sl join directory_location l on l.id = sl.location_id
            where sl.service_id = s.id order by l.latitude is null, sl.id limit 1""";

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final KeptPlaces kept;
    private final TermLexemes termLexemes;
    private final ScheduleLookup schedules;

    SearchIndex(JdbcClient jdbc, PlatformTransactionManager transactions, KeptPlaces kept, TermLexemes termLexemes,
            ScheduleLookup schedules) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.kept = kept;
        this.termLexemes = termLexemes;
        this.schedules = schedules;
    }

    /** A row found by the index, before its opening times are known; its words are in lower case for matching. */
    public record Found(UUID id, String name, String organisation, String words, Capacity capacity, Money cost,
            Assurance assurance, int completeness, GeoPoint point, String postcode, boolean stepFree) {
    }

    /** The services a search could return, and where to read their opening times to match. */
    public record Candidates(List<Found> found, OpeningTimes openingTimes) {
    }

    /**
     * The candidates for a search. Near a point they are chosen from this node's copy of the places when it
     * is current ({@link KeptPlaces}), which chooses exactly what the query would, and their opening times
     * come from the same copy; otherwise from the database.
     */
    public Candidates candidates(SearchCriteria criteria, List<String> terms) {
        if (criteria.point() != null) {
            PlacesInMemory places = kept.current();
            if (places != null) {
                return new Candidates(candidatesInMemory(places, criteria, terms), places);
            }
        }
        return new Candidates(candidatesFromDatabase(criteria, terms), schedules);
    }

    /** Near a point, from a copy of the places: the lexemes of the terms are matched against each place's. */
    List<Found> candidatesInMemory(PlacesInMemory places, SearchCriteria criteria, List<String> terms) {
        List<List<String>> groups = personsWords(criteria);
        List<String> asked = new ArrayList<>(terms);
        groups.forEach(asked::addAll);
        Map<String, String> lexemes = termLexemes.of(asked);
        List<String> anyOf = terms.isEmpty() ? null
                : terms.stream().map(lexemes::get).filter(l -> l != null).toList();
        List<List<String>> groupLexemes = ordersByWordsMatched(groups)
                ? groups.stream().map(g -> g.stream().map(lexemes::get).filter(l -> l != null).toList()).toList()
                : List.of();
        return places.near(criteria, anyOf, groupLexemes, CANDIDATES);
    }

    List<Found> candidatesFromDatabase(SearchCriteria criteria, List<String> terms) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = criteria.point() == null ? anywhere(criteria, terms, params) : near(criteria, terms, params);
        return readOnly.execute(status -> {
            // A generic plan (the driver prepares a statement used five times) must guess how many services
            // match the words and the place: it guessed one, scanned the GiST index row by row and parsed the
            // words once a row, twice as slow as a plan made for the words and place at hand. Planning each time
            // costs less. ("set local" lasts until the end of this transaction.)
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            Map<UUID, Found> unique = new LinkedHashMap<>();
            jdbc.sql(sql).params(params).query((rs, n) -> found(rs)).list()
                    .forEach(f -> unique.putIfAbsent(f.id(), f));
            return List.copyOf(unique.values());
        });
    }

    /**
     * Whether candidates are ordered by how many of the person's words they match: not with one word (or none),
     * since every candidate the filter lets through matches it alike.
     */
    private static boolean ordersByWordsMatched(List<List<String>> groups) {
        return groups.size() >= 2;
    }

    /** The person's words (goal, then need), each with its related words, as the query counts them. */
    private static List<List<String>> personsWords(SearchCriteria criteria) {
        List<List<String>> groups = new ArrayList<>(criteria.goalWords().termGroups());
        groups.addAll(criteria.needWords().termGroups());
        return groups;
    }

    /**
     * Near a point: everything is read from {@code directory_search_place} alone, through its one index on
     * the place and the words together, so only matching rows are read and nothing is joined.
     */
    private static String near(SearchCriteria criteria, List<String> terms, Map<String, Object> params) {
        GeoPoint.Box box = criteria.point().boxAround(criteria.radiusKm());
        params.put("minLng", box.minLongitude());
        params.put("minLat", box.minLatitude());
        params.put("maxLng", box.maxLongitude());
        params.put("maxLat", box.maxLatitude());
        params.put("lng", criteria.point().longitude());
        params.put("lat", criteria.point().latitude());
        StringBuilder sql = new StringBuilder("select ").append(PLACE_COLUMNS).append("""
                 from directory_search_place p
                where p.place <@ box(point(:minLng, :minLat), point(:maxLng, :maxLat))""");
        filters(sql, params, criteria, terms, "p");
        sql.append(" order by ");
        String wordsMatched = wordsMatched(criteria, "p", params);
        if (!wordsMatched.equals("0")) {
            sql.append(wordsMatched).append(" desc, ");
        }
        // The place's own id last: a service with two places at the same distance would otherwise be shown at
        // either, as the sort happened to leave them, and a copy in memory could not choose the same.
        return sql.append("p.place <-> point(:lng, :lat), p.completeness desc, p.service_id, p.service_at_location_id")
                .append(" limit ").append(CANDIDATES).toString();
    }

    /**
     * Anywhere: the candidates are chosen from the services' own columns, and only the chosen few look up
     * their first located place (unless step-free is asked for, which is a property of that place).
     */
    private static String anywhere(SearchCriteria criteria, List<String> terms, Map<String, Object> params) {
        StringBuilder chosen = new StringBuilder("select s.id, ").append(wordsMatched(criteria, "s", params))
                .append(" as words_matched from directory_service s where s.status = 'active'");
        filters(chosen, params, criteria, terms, "s");
        if (criteria.stepFree()) {
            chosen.append(" and coalesce((").append(FIRST_PLACE.replace("l.*", "l.step_free")).append("), false)");
        }
        chosen.append(" order by words_matched desc, s.completeness desc, s.id limit ").append(CANDIDATES);
        return "select " + COLUMNS + " from (" + chosen + ") c join directory_service s on s.id = c.id"
                + " join directory_organisation o on o.id = s.organisation_id"
                + " left join lateral (" + FIRST_PLACE + ") l on true"
                + " order by c.words_matched desc, s.completeness desc, s.id";
    }

    /**
     * How many of the person's words (goal and need, as ranking counts them) a service's words match, each
     * directly or through a related word: what ranking weighs most, so the best-matching services are the
     * ones kept when there are more than {@value #CANDIDATES}. One index-free test a word, far cheaper than
     * {@code ts_rank_cd}, which cost 14 µs a row (8 ms of a 570-match search near Leeds).
     */
    private static String wordsMatched(SearchCriteria criteria, String table, Map<String, Object> params) {
        List<List<String>> groups = personsWords(criteria);
        if (!ordersByWordsMatched(groups)) {
            return "0";
        }
        List<String> tests = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            params.put("word" + i, String.join(" | ", groups.get(i)));
            tests.add("(" + table + ".search_vector @@ to_tsquery('english', :word" + i + "))::int");
        }
        return "(" + String.join(" + ", tests) + ")";
    }

    private static void filters(StringBuilder sql, Map<String, Object> params, SearchCriteria criteria,
            List<String> terms, String table) {
        if (!terms.isEmpty()) {
            sql.append(" and ").append(table).append(".search_vector @@ to_tsquery('english', :query)");
            params.put("query", String.join(" | ", terms));
        }
        if (criteria.maxCost() != null) {
            sql.append(" and ").append(table).append(".cost_per_session_pence <= :maxCost");
            params.put("maxCost", criteria.maxCost().pence());
        }
        if (criteria.hideFull()) {
            sql.append(" and ").append(table).append(".capacity <> 'FULL'");
        }
        if (criteria.stepFree() && table.equals("p")) {
            sql.append(" and p.step_free");
        }
    }

    static Found found(ResultSet rs) throws SQLException {
        long cost = rs.getLong("cost_per_session_pence");
        Money money = rs.wasNull() ? null : Money.ofPence(cost);
        double lat = rs.getDouble("latitude");
        GeoPoint point = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("longitude"));
        return new Found(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation"),
                NeedWords.Matcher.lowerCase(rs.getString("name") + " " + rs.getString("words")),
                new Capacity(CapacityStatus.valueOf(rs.getString("capacity")), ServiceReader.integer(rs, "waiting_weeks")),
                money, new Assurance(rs.getObject("assured_date", LocalDate.class), null), rs.getInt("completeness"),
                point, rs.getString("postal_code"), rs.getBoolean("step_free"));
    }
}
