package care.whatmatters.directory.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.SearchCriteria;
import care.whatmatters.shared.Money;
import care.whatmatters.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search near a point chooses its candidates from this node's copy of the places when the copy is current,
 * and from the database otherwise: the two must choose exactly the same, and the copy must never be used once
 * the directory has changed. The services are made up around Shetland, where no other test puts any, with
 * shared points (equal distances), few completeness values (equal again) and random ids (the database's uuid
 * order), so that ties are decided the way the query decides them.
 */
@IntegrationTest
class PlacesInMemoryIT {

    private static final double LAT = 60.25;
    private static final double LNG = -1.30;
    private static final List<String> SERVICE_WORDS = List.of("walking", "walkers", "stroll", "social", "group",
            "club", "choir", "singing", "music", "befriending", "money", "debt", "advice", "gardening", "allotment",
            "cooking", "meal", "very", "zqtrows", "zqsimmer");
    private static final List<String> PEOPLES_WORDS = List.of("walk", "walks", "lonely", "meet", "people", "singing",
            "money", "garden", "cook", "very", "zqtrows", "zqnowhere", "debt", "friends", "lunch", "choir");
    /** Made-up words, letters only, so that one search can ask for more than 64 words a place may have. */
    private static final List<String> INVENTED = IntStream.range(0, 90)
            .mapToObj(n -> "zqv" + (char) ('a' + n / 26) + (char) ('a' + n % 26)).toList();
    private static final List<String> CAPACITIES = List.of("TAKING_REFERRALS", "WAITING_LIST", "FULL", "UNKNOWN");

    @Autowired
    SearchIndex index;
    @Autowired
    KeptPlaces kept;
    @Autowired
    ScheduleLookup scheduleLookup;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SearchChangesPurge purge;

    private final List<UUID> organisations = new ArrayList<>();
    private final List<UUID> services = new ArrayList<>();
    private final List<UUID> locations = new ArrayList<>();
    private final List<UUID> links = new ArrayList<>();
    private final List<UUID> serviceOfLink = new ArrayList<>();

    @AfterEach
    void removeTheMadeUpDirectory() {
        jdbc.sql("delete from directory_schedule where service_id = any (string_to_array(:ids, ',')::uuid[])")
                .param("ids", joined(services)).update();
        jdbc.sql("delete from directory_service_at_location where id = any (string_to_array(:ids, ',')::uuid[])")
                .param("ids", joined(links)).update();
        jdbc.sql("delete from directory_location where id = any (string_to_array(:ids, ',')::uuid[])")
                .param("ids", joined(locations)).update();
        jdbc.sql("delete from directory_service where id = any (string_to_array(:ids, ',')::uuid[])")
                .param("ids", joined(services)).update();
        jdbc.sql("delete from directory_organisation where id = any (string_to_array(:ids, ',')::uuid[])")
                .param("ids", joined(organisations)).update();
    }

    @Test
    void theCopyChoosesExactlyWhatTheQueryChooses() {
        Random random = new Random(2026);
        makeUpDirectory(random, 2_500);
        PlacesInMemory copy = kept.copyNow();
        assertThat(copy.size()).as("the made-up active, located places are all in the copy").isGreaterThan(2_000);

        int withResults = 0;
        int overTheLimit = 0;
        int openingTimesCompared = 0;
        for (int i = 0; i < 400; i++) {
            SearchCriteria criteria = randomSearch(random);
            List<String> terms = criteria.searchTerms();
            List<SearchIndex.Found> fromDatabase = index.candidatesFromDatabase(criteria, terms);
            List<SearchIndex.Found> inMemory = index.candidatesInMemory(copy, criteria, terms);
            assertThat(inMemory).as("search %d: %s", i, criteria).isEqualTo(fromDatabase);
            List<UUID> found = ids(fromDatabase);
            assertThat(copy.of(found)).as("opening times, search %d", i).isEqualTo(scheduleLookup.of(found));
            openingTimesCompared += copy.of(found).size();
            withResults += fromDatabase.isEmpty() ? 0 : 1;
            overTheLimit += fromDatabase.size() > SearchIndex.CANDIDATES * 3 / 4 ? 1 : 0;
        }
        int lexemesAsked = 0;
        for (int i = 0; i < 30; i++) { // with more than 64 words, a place's marks take more than one long
            List<String> many = new ArrayList<>(INVENTED);
            java.util.Collections.shuffle(many, random);
            SearchCriteria criteria = new SearchCriteria(String.join(" ", many.subList(0, 66 + random.nextInt(14))),
                    "walking " + many.get(89), pointOf(random.nextInt(300)), 30, null, false, false, false, 20);
            List<String> terms = criteria.searchTerms();
            lexemesAsked = Math.max(lexemesAsked, terms.size());
            List<SearchIndex.Found> fromDatabase = index.candidatesFromDatabase(criteria, terms);
            assertThat(index.candidatesInMemory(copy, criteria, terms)).as("wide search %d", i).isEqualTo(fromDatabase);
        }
        assertThat(lexemesAsked).isGreaterThan(64);
        assertThat(openingTimesCompared).as("services with opening times among those found").isGreaterThan(1_000);
        assertThat(generation()).as("nothing changed the directory while the two were compared")
                .isEqualTo(copy.generation());
        assertThat(withResults).as("searches that found something").isGreaterThan(150);
        assertThat(overTheLimit).as("searches cut at the candidate limit, where the order decides").isGreaterThan(20);
    }

    @Test
    void aChangeToTheDirectoryIsSeenByTheNextSearchAndTheOldCopyIsNotUsed() {
        Random random = new Random(7);
        makeUpDirectory(random, 40);
        UUID service = services.getFirst();
        jdbc.sql("update directory_service set description = 'zqskerry', capacity = 'TAKING_REFERRALS' where id = :id")
                .param("id", service).update();
        PlacesInMemory copy = kept.copyNow();
        assertThat(meters.get("whatmatters.directory.places.kept").gauge().value()).isEqualTo(copy.size());
        assertThat(meters.get("whatmatters.directory.places.copy").timer().count()).isPositive();
        assertThat(kept.current()).as("the copy is used while it is current").isNotNull()
                .extracting(PlacesInMemory::generation).isEqualTo(copy.generation());
        SearchCriteria notFull = new SearchCriteria("zqskerry", null, new GeoPoint(LAT, LNG), 200, null, false, false,
                true, 20);
        assertThat(ids(index.candidates(notFull, notFull.searchTerms()).found())).containsExactly(service);

        // Written behind the application's back, as another node or a bulk load would.
        jdbc.sql("update directory_service set capacity = 'FULL' where id = :id").param("id", service).update();
        assertThat(kept.current()).as("an old copy is never handed out").isNull();
        assertThat(index.candidates(notFull, notFull.searchTerms()).found()).as("the next search sees the change")
                .isEmpty();
        PlacesInMemory renewed = kept.copyNow();
        assertThat(renewed.generation()).isGreaterThan(copy.generation());
        assertThat(index.candidatesInMemory(renewed, notFull, notFull.searchTerms())).isEmpty();
        assertThat(index.candidatesInMemory(copy, notFull, notFull.searchTerms()))
                .as("the old copy would still have offered it").hasSize(1);

        jdbc.sql("delete from directory_schedule where service_id = :id").param("id", service).update();
        PlacesInMemory noTimes = kept.copyNow();
        assertThat(noTimes.of(List.of(service))).isEmpty();
        schedule(service, "Tuesdays by the harbour");
        assertThat(kept.current()).as("a change of opening times makes the copy old too").isNull();
        assertThat(kept.copyNow().of(List.of(service)).get(service)).extracting(s -> s.description())
                .containsExactly("Tuesdays by the harbour");
    }

    @Test
    void aCopyBroughtUpToDateFromTheChangedServicesChoosesExactlyWhatTheQueryChooses() {
        Random random = new Random(2027);
        makeUpDirectory(random, 1_500);
        PlacesInMemory whole = kept.copyNow();
        PlacesInMemory copy = whole;
        for (int round = 1; round <= 4; round++) { // each round builds on the last round's update
            long before = generation();
            int changed = editAtRandom(random);
            PlacesInMemory updated = kept.updateNow();
            assertThat(updated).as("round %d: brought up to date from %d changed services", round, changed)
                    .isNotNull();
            assertThat(updated.generation()).isEqualTo(generation()).isGreaterThan(before);
            assertThat(updated.changedServices()).isGreaterThan(copy.changedServices());
            assertThat(updated.size()).as("places held, round %d", round).isEqualTo(placesInTheTable());
            int compared = 0;
            for (int i = 0; i < 150; i++) {
                SearchCriteria criteria = randomSearch(random);
                List<String> terms = criteria.searchTerms();
                List<SearchIndex.Found> fromDatabase = index.candidatesFromDatabase(criteria, terms);
                assertThat(index.candidatesInMemory(updated, criteria, terms)).as("round %d, search %d: %s", round, i,
                        criteria).isEqualTo(fromDatabase);
                List<UUID> found = ids(fromDatabase);
                assertThat(updated.of(found)).as("opening times, round %d, search %d", round, i)
                        .isEqualTo(scheduleLookup.of(found));
                compared += fromDatabase.isEmpty() ? 0 : 1;
            }
            assertThat(compared).as("searches that found something, round %d", round).isGreaterThan(60);
            copy = updated;
        }
        assertThat(kept.current()).as("the updated copy is the one handed out").isSameAs(copy);
    }

    @Test
    void anEditIsFoldedIntoTheCopyInTheBackgroundWithoutCopyingEverything() throws InterruptedException {
        makeUpDirectory(new Random(5), 40);
        PlacesInMemory whole = kept.copyNow();
        long wholeCopies = meters.get("whatmatters.directory.places.copy").timer().count();
        long updates = meters.get("whatmatters.directory.places.update").timer().count();
        UUID service = searchable().getFirst();
        jdbc.sql("update directory_service set description = 'zqfoula' where id = :id").param("id", service).update();
        assertThat(kept.current()).as("the old copy is not handed out while the update is made").isNull();
        PlacesInMemory current = null;
        for (int wait = 0; wait < 100 && current == null; wait++) {
            Thread.sleep(50);
            current = kept.current();
        }
        assertThat(current).as("brought up to date within five seconds").isNotNull();
        assertThat(current.generation()).isGreaterThan(whole.generation());
        assertThat(current.changedServices()).isEqualTo(1);
        assertThat(meters.get("whatmatters.directory.places.update").timer().count()).isGreaterThan(updates);
        assertThat(meters.get("whatmatters.directory.places.copy").timer().count()).as("no whole copy made")
                .isEqualTo(wholeCopies);
        SearchCriteria fouls = new SearchCriteria("zqfoula", null, new GeoPoint(LAT, LNG), 200, null, false, false,
                false, 20);
        assertThat(ids(index.candidatesInMemory(current, fouls, fouls.searchTerms()))).containsExactly(service);
    }

    @Test
    void aCopyIsMadeWholeAgainWhenTooManyServicesChangedOrAChangeIsNoLongerLogged() {
        makeUpDirectory(new Random(13), 40);
        List<UUID> searchable = searchable();
        PlacesInMemory whole = kept.copyNow();
        jdbc.sql("update directory_service set capacity = 'FULL' where id = :id").param("id", searchable.get(3)).update();
        jdbc.sql("update directory_search_change set changed_at = now() - interval '2 hours' where generation = :g")
                .param("g", generation()).update();
        assertThat(purge.purge()).as("the old change's rows deleted").isPositive();
        assertThat(kept.updateNow()).as("a step missing from the log").isNull();
        assertThat(kept.current()).isNull();

        // A node that takes in at most 40 changed services between whole copies, as a busier directory would
        // reach its 2,000.
        KeptPlaces node = new KeptPlaces(jdbc, scheduleLookup, transactions, new SimpleMeterRegistry(), true, Duration.ofSeconds(5), 40);
        try {
            PlacesInMemory again = node.copyNow();
            assertThat(again.generation()).isGreaterThan(whole.generation());
            changeCapacityOf(searchable.subList(0, 30));
            assertThat(node.updateNow()).as("30 services changed: within the limit").isNotNull()
                    .extracting(PlacesInMemory::changedServices).isEqualTo(30);
            changeCapacityOf(searchable.subList(20, 30));
            assertThat(node.updateNow()).as("the same services again: still 30").isNotNull()
                    .extracting(PlacesInMemory::changedServices).isEqualTo(30);
            makeUpDirectory(new Random(17), 20);
            assertThat(node.updateNow()).as("20 more services since the whole copy: past the limit").isNull();
            assertThat(node.copyNow().changedServices()).as("a whole copy starts the count again").isZero();
            // what a truncate of the places or of the opening times logs (V076)
            jdbc.sql("select directory_search_log(array[null::uuid])").query((rs, n) -> n).list();
            assertThat(node.updateNow()).as("the whole table changed at once").isNull();
            PlacesInMemory latest = node.copyNow();
            jdbc.sql("update directory_search_generation set generation = generation - 1").update();
            try {
                assertThat(node.updateNow()).as("a database put back to before the copy").isNull();
            } finally {
                jdbc.sql("update directory_search_generation set generation = :g").param("g", latest.generation())
                        .update();
            }
        } finally {
            node.stop();
        }
    }

    /** The made-up services that a search can find: active, with a place that has a point. */
    private List<UUID> searchable() {
        return jdbc.sql("select distinct service_id from directory_search_place "
                + "where service_id = any (string_to_array(:ids, ',')::uuid[])").param("ids", joined(services))
                .query(UUID.class).list();
    }

    private void changeCapacityOf(List<UUID> these) {
        jdbc.sql("update directory_service set capacity = 'WAITING_LIST', waiting_weeks = 3 "
                + "where id = any (string_to_array(:ids, ',')::uuid[])").param("ids", joined(these)).update();
    }

    @Test
    void aTransactionThatChangesManyPlacesMovesTheGenerationOnce() {
        makeUpDirectory(new Random(11), 10);
        TransactionTemplate inOne = new TransactionTemplate(transactions);
        inOne.executeWithoutResult(status -> {
            long before = generation();
            services.forEach(id -> jdbc.sql("update directory_service set capacity = 'FULL' where id = :id")
                    .param("id", id).update());
            jdbc.sql("update directory_location set step_free = not step_free where id = :id")
                    .param("id", locations.getFirst()).update();
            assertThat(generation()).isEqualTo(before + 1);
            status.setRollbackOnly();
        });
        inOne.executeWithoutResult(status -> {
            long before = generation();
            jdbc.sql("update directory_service set capacity = 'FULL' where false").update();
            jdbc.sql("delete from directory_schedule where false").update();
            assertThat(generation()).as("statements that change no place move nothing").isEqualTo(before);
        });
    }

    /**
     * Edits at random, as community organisations and imports do: a service's words, capacity, completeness or
     * status; a place moved or unlinked; a new service; opening times added or removed. Answers how many
     * services it touched.
     */
    private int editAtRandom(Random random) {
        java.util.Set<UUID> touched = new java.util.HashSet<>();
        for (int edit = 0; edit < 25; edit++) {
            UUID service = services.get(random.nextInt(services.size()));
            touched.add(service);
            switch (random.nextInt(7)) {
                case 0 -> jdbc.sql("update directory_service set description = :words where id = :id")
                        .param("words", words(random, SERVICE_WORDS, 4) + " " + words(random, INVENTED, 3))
                        .param("id", service).update();
                case 1 -> jdbc.sql("update directory_service set capacity = :capacity, completeness = :completeness "
                        + "where id = :id").param("capacity", CAPACITIES.get(random.nextInt(CAPACITIES.size())))
                        .param("completeness", 60 + 10 * random.nextInt(4)).param("id", service).update();
                case 2 -> jdbc.sql("update directory_service set status = case status when 'active' then 'inactive' "
                        + "else 'active' end where id = :id").param("id", service).update();
                case 3 -> {
                    int link = random.nextInt(links.size());
                    GeoPoint to = pointOf(random.nextInt(300));
                    touched.add(serviceOfLink.get(link));
                    jdbc.sql("update directory_location set latitude = :lat, longitude = :lng where id = :id")
                            .param("lat", to.latitude()).param("lng", to.longitude()).param("id", locations.get(link))
                            .update();
                }
                case 4 -> {
                    int link = random.nextInt(links.size());
                    touched.add(serviceOfLink.get(link));
                    jdbc.sql("delete from directory_service_at_location where id = :id").param("id", links.get(link))
                            .update();
                }
                case 5 -> {
                    makeUpDirectory(random, 1);
                    touched.add(services.getLast());
                }
                default -> {
                    if (random.nextBoolean()) {
                        schedule(service, "Added in an edit");
                    } else {
                        jdbc.sql("delete from directory_schedule where service_id = :id").param("id", service).update();
                    }
                }
            }
        }
        return touched.size();
    }

    /** How many places {@code directory_search_place} holds: a copy holds them all. */
    private int placesInTheTable() {
        return jdbc.sql("select count(*) from directory_search_place").query(Integer.class).single();
    }

    private long generation() {
        return jdbc.sql("select generation from directory_search_generation").query(Long.class).single();
    }

    private static List<UUID> ids(List<SearchIndex.Found> found) {
        return found.stream().map(SearchIndex.Found::id).toList();
    }

    private static String joined(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    private static String words(Random random, List<String> from, int most) {
        return IntStream.range(0, random.nextInt(most + 1)).mapToObj(n -> from.get(random.nextInt(from.size())))
                .collect(Collectors.joining(" "));
    }

    /** A search around the made-up services: sometimes from one of their points exactly, sometimes wide. */
    private SearchCriteria randomSearch(Random random) {
        double[] radii = {0.5, 2, 5, 10, 30, 80};
        GeoPoint point = random.nextInt(5) == 0 ? pointOf(random.nextInt(300))
                : new GeoPoint(LAT + (random.nextDouble() - 0.5) * 0.6, LNG + (random.nextDouble() - 0.5) * 1.2);
        Money maxCost = random.nextInt(5) < 3 ? null : Money.ofPence(new long[] {0, 200, 500}[random.nextInt(3)]);
        return new SearchCriteria(words(random, PEOPLES_WORDS, 3), words(random, PEOPLES_WORDS, 2), point,
                radii[random.nextInt(radii.length)], maxCost, false, random.nextInt(5) == 0, random.nextInt(5) == 0,
                20);
    }

    /** One of 300 points that several places share, the same for a given index in every test. */
    private static GeoPoint pointOf(int index) {
        Random fixed = new Random(index);
        return new GeoPoint(LAT + (fixed.nextDouble() - 0.5) * 0.5, LNG + (fixed.nextDouble() - 0.5) * 1.0);
    }

    /**
     * Services with one or two places each (some with no point, some inactive), organisations of twenty, and
     * their links written last, in one statement, as an import would.
     */
    private void makeUpDirectory(Random random, int count) {
        int firstLink = links.size();
        int firstIndex = services.size();
        for (int index = firstIndex; index < firstIndex + count; index++) {
            int i = index;
            if (i % 20 == 0) {
                UUID organisation = UUID.randomUUID();
                organisations.add(organisation);
                jdbc.sql("insert into directory_organisation (id, name, description, last_modified) "
                        + "values (:id, :name, 'Made up for a test', now())")
                        .param("id", organisation).param("name", "Shetland trust " + i).update();
            }
            UUID service = UUID.randomUUID();
            services.add(service);
            String capacity = CAPACITIES.get(random.nextInt(CAPACITIES.size()));
            int costChoice = random.nextInt(5);
            jdbc.sql("""
                    insert into directory_service (id, organisation_id, name, description, status, capacity,
                      waiting_weeks, cost_per_session_pence, assured_date, completeness, fingerprint, duplicate_key,
                      search_text, last_modified, version, created_at, created_by, updated_at, updated_by)
                    values (:id, :organisation, :name, :description, :status, :capacity, :waiting, :cost,
                      current_date - :age, :completeness, :fingerprint, :key, :searchText, now(), 1, now(), 'test',
                      now(), 'test')""")
                    .param("id", service).param("organisation", organisations.getLast())
                    .param("name", "Shetland service " + i).param("description", words(random, SERVICE_WORDS, 4) + " " + words(random, INVENTED, 6))
                    .param("status", random.nextInt(12) == 0 ? "inactive" : "active").param("capacity", capacity)
                    .param("waiting", capacity.equals("WAITING_LIST") ? random.nextInt(1, 10) : null)
                    .param("cost", costChoice == 0 ? null : costChoice < 3 ? 0L : 100L * random.nextInt(1, 8))
                    .param("age", random.nextInt(500)).param("completeness", 60 + 10 * random.nextInt(4))
                    .param("fingerprint", service.toString()).param("key", "shetland service " + i)
                    .param("searchText", words(random, SERVICE_WORDS, 2)).update();
            for (int n = random.nextInt(3) == 0 ? random.nextInt(1, 3) : 0; n > 0; n--) {
                schedule(service, "Session " + n);
            }
            int first = random.nextInt(300);
            place(service, first, random);
            if (random.nextInt(10) == 0) {
                place(service, (first + 1 + random.nextInt(299)) % 300, random);
            }
        }
        jdbc.sql("""
                insert into directory_service_at_location (id, service_id, location_id)
                select * from unnest(string_to_array(:links, ',')::uuid[], string_to_array(:services, ',')::uuid[],
                  string_to_array(:locations, ',')::uuid[])""")
                .param("links", joined(links.subList(firstLink, links.size())))
                .param("services", joined(serviceOfLink.subList(firstLink, links.size())))
                .param("locations", joined(locations.subList(firstLink, links.size())))
                .update();
    }

    private void schedule(UUID service, String description) {
        jdbc.sql("""
                insert into directory_schedule (id, service_id, freq, byday, opens_at, closes_at, description)
                values (:id, :service, 'WEEKLY', 'TU,TH', '10:00', '12:00', :description)""")
                .param("id", UUID.randomUUID()).param("service", service).param("description", description).update();
    }

    private void place(UUID service, int point, Random random) {
        UUID location = UUID.randomUUID();
        GeoPoint at = pointOf(point);
        boolean located = random.nextInt(30) != 0;
        jdbc.sql("""
                insert into directory_location (id, location_type, name, latitude, longitude, postal_code, step_free)
                values (:id, 'physical', 'A hall', :lat, :lng, :postcode, :stepFree)""")
                .param("id", location).param("lat", located ? at.latitude() : null)
                .param("lng", located ? at.longitude() : null).param("postcode", "ZE1 " + point % 10 + "AA")
                .param("stepFree", random.nextBoolean()).update();
        locations.add(location);
        links.add(UUID.randomUUID());
        serviceOfLink.add(service);
    }
}
