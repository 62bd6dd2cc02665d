package care.whatmatters.directory.persistence;

import care.whatmatters.directory.domain.CapacityStatus;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.Schedule;
import care.whatmatters.directory.domain.SearchCriteria;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * {@code directory_search_place} and the services' opening times as they stood at one generation (V075), held
 * in memory, so that a search near a point costs the database nothing but reading the generation. It answers
 * exactly what {@link SearchIndex}'s query near a point answers: the same box, words and filters, the same
 * order (how many of the person's words a place matches, then the distance as the database works it out,
 * completeness, then the service's id and the place's own in the database's byte order), the same limit, and
 * the first place of each service kept. {@code PlacesInMemoryIT} holds the two to that over many searches.
 * <p>
 * It is a whole copy of the table ({@link PlacesByLatitude}) and, for a later generation, the services
 * changed since that copy read again: their places in the whole copy are passed over, and their places as they
 * are now are tested one by one. An edit to a few services so costs reading those services, not copying
 * 50,000 places again.
 */
final class PlacesInMemory implements OpeningTimes {

    /** A place as read from the table: its id, what a search returns for it, where it is, and its lexemes. */
    record Row(UUID id, SearchIndex.Found found, double longitude, double latitude, String[] lexemes) {
    }

    /**
     * A place, with what the order compares held as plain numbers: a search may order thousands of places,
     * and following each one's record and uuid for every comparison cost a third of the search.
     *
     * @param service the service's number in this copy, to keep each service's first place cheaply
     */
    record Place(SearchIndex.Found found, int service, int completeness, long idHigh,
            long idLow, long placeHigh, long placeLow) {

        static Place of(Row row, int service) {
            UUID id = row.found().id();
            return new Place(row.found(), service, row.found().completeness(), id.getMostSignificantBits(),
                    id.getLeastSignificantBits(), row.id().getMostSignificantBits(), row.id().getLeastSignificantBits());
        }
    }

    /**
     * A place a search found, in the query's order: words matched, nearest, most complete, then the service's
     * id and the place's own.
     */
    record Candidate(Place place, int wordsMatched, double distance) implements Comparable<Candidate> {

        /** The place found at this longitude and latitude, its distance from the search's point as the query has it. */
        static Candidate at(Place place, int wordsMatched, double longitude, double latitude, GeoPoint from) {
            return new Candidate(place, wordsMatched,
                    databaseDistance(longitude - from.longitude(), latitude - from.latitude()));
        }

        @Override
        public int compareTo(Candidate other) {
            if (wordsMatched != other.wordsMatched) {
                return Integer.compare(other.wordsMatched, wordsMatched);
            }
            int byDistance = Double.compare(distance, other.distance);
            if (byDistance != 0) {
                return byDistance;
            }
            if (place.completeness() != other.place.completeness()) {
                return Integer.compare(other.place.completeness(), place.completeness());
            }
            // uuids in the database's order, byte by byte, unsigned: the service's, then the place's own
            int byService = compareUuids(place.idHigh(), place.idLow(), other.place.idHigh(), other.place.idLow());
            return byService != 0 ? byService
                    : compareUuids(place.placeHigh(), place.placeLow(), other.place.placeHigh(), other.place.placeLow());
        }

        private static int compareUuids(long aHigh, long aLow, long bHigh, long bLow) {
            int high = Long.compareUnsigned(aHigh, bHigh);
            return high != 0 ? high : Long.compareUnsigned(aLow, bLow);
        }
    }

    /** A place of a service changed since the full copy was made, read again, with its lexemes as text. */
    private record ChangedPlace(Place place, double longitude, double latitude, Set<String> lexemes) {
    }

    private final long generation;
    /** Every place as it stood when the whole table was last copied. */
    private final PlacesByLatitude full;
    /** Positions in {@link #full} of the places of services changed since: they are no longer as copied. */
    private final BitSet replaced;
    /** The changed services' places as they are now. */
    private final List<ChangedPlace> changedPlaces;
    /** The changed services' opening times as they are now (empty for a service that has none). */
    private final Map<UUID, List<Schedule>> changedTimes;
    /** Each changed service's number, after the full copy's, to keep its first place when de-duplicating. */
    private final Map<UUID, Integer> changedServices;

    /**
     * A copy of the whole table.
     *
     * @param rows         the places, as {@code directory_search_place} holds them
     * @param openingTimes each service's opening times, in the order {@link ScheduleLookup} gives them
     */
    PlacesInMemory(long generation, List<Row> rows, Map<UUID, List<Schedule>> openingTimes) {
        this(generation, new PlacesByLatitude(rows, openingTimes), new BitSet(), List.of(), Map.of(), Map.of());
    }

    private PlacesInMemory(long generation, PlacesByLatitude full, BitSet replaced, List<ChangedPlace> changedPlaces,
            Map<UUID, List<Schedule>> changedTimes, Map<UUID, Integer> changedServices) {
        this.generation = generation;
        this.full = full;
        this.replaced = replaced;
        this.changedPlaces = changedPlaces;
        this.changedTimes = changedTimes;
        this.changedServices = changedServices;
    }

    /**
     * This copy brought up to a later generation: the given services' places and opening times, as they are
     * now, take the place of what this copy holds for them. The places of every other service are shared with
     * this copy, not copied again.
     *
     * @param services     the services changed since this copy's generation, up to {@code generation}
     * @param rows         their places as {@code directory_search_place} now holds them (none for a service
     *                     that has none left)
     * @param openingTimes their opening times, in the order {@link ScheduleLookup} gives them
     */
    PlacesInMemory withChanges(long generation, Set<UUID> services, List<Row> rows,
            Map<UUID, List<Schedule>> openingTimes) {
        BitSet nowReplaced = (BitSet) replaced.clone();
        for (int i = 0; i < full.places.length; i++) {
            if (services.contains(full.places[i].found().id())) {
                nowReplaced.set(i);
            }
        }
        Map<UUID, Integer> numbers = new HashMap<>(changedServices);
        services.forEach(service -> numbers.computeIfAbsent(service, k -> full.services + numbers.size()));
        List<ChangedPlace> nowChanged = new ArrayList<>();
        for (ChangedPlace earlier : changedPlaces) {
            if (!services.contains(earlier.place().found().id())) {
                nowChanged.add(earlier);
            }
        }
        for (Row row : rows) {
            nowChanged.add(new ChangedPlace(Place.of(row, numbers.get(row.found().id())), row.longitude(),
                    row.latitude(), Set.of(row.lexemes())));
        }
        Map<UUID, List<Schedule>> times = new HashMap<>(changedTimes);
        services.forEach(service -> times.put(service, List.copyOf(openingTimes.getOrDefault(service, List.of()))));
        return new PlacesInMemory(generation, full, nowReplaced, List.copyOf(nowChanged), Map.copyOf(times),
                Map.copyOf(numbers));
    }

    /** The generation of {@code directory_search_place} these places are a copy of. */
    long generation() {
        return generation;
    }

    int size() {
        return full.places.length - replaced.cardinality() + changedPlaces.size();
    }

    /** How many services this copy holds as read again since the whole table was last copied. */
    int changedServices() {
        return changedServices.size();
    }

    /** The opening times of these services at this copy's generation, as {@link ScheduleLookup} gives them. */
    @Override
    public Map<UUID, List<Schedule>> of(List<UUID> services) {
        Map<UUID, List<Schedule>> found = new HashMap<>();
        for (UUID service : services) {
            List<Schedule> times = changedTimes.containsKey(service) ? changedTimes.get(service)
                    : full.openingTimes.get(service);
            if (times != null && !times.isEmpty()) {
                found.put(service, times);
            }
        }
        return found;
    }

    /**
     * The candidates near the criteria's point, as {@link SearchIndex}'s query near a point chooses them.
     * <p>
     * The whole copy's places in the box come from its band of latitudes ({@link PlacesByLatitude}), passing
     * over those of changed services; the changed services' places as they are now (a few, at most
     * {@link KeptPlaces}' limit of services) are then tested one by one.
     *
     * @param anyOf  the lexemes of the search's terms, one of which a place must have; null for no words
     * @param groups the lexemes of each of the person's words, to order by how many of them a place
     *               matches; empty when there are fewer than two words (the query then leaves that order out)
     * @param limit  how many places to keep before each service's first is taken
     */
    List<SearchIndex.Found> near(SearchCriteria criteria, Collection<String> anyOf, List<? extends Collection<String>> groups,
            int limit) {
        // The best "limit" only, worst on top: a search near Leeds finds thousands of places and keeps
        // 400, and sorting them all was an eighth of the search.
        PriorityQueue<Candidate> best = new PriorityQueue<>(limit + 1, Comparator.reverseOrder());
        GeoPoint point = criteria.point();
        GeoPoint.Box box = point.boxAround(criteria.radiusKm());
        full.near(criteria, box, anyOf, groups, replaced, candidate -> keepIfBest(best, candidate, limit));
        for (ChangedPlace changed : changedPlaces) {
            double latitude = changed.latitude();
            double longitude = changed.longitude();
            if (latitude < box.minLatitude() || latitude > box.maxLatitude() || longitude < box.minLongitude()
                    || longitude > box.maxLongitude() || (anyOf != null && !hasAny(changed.lexemes(), anyOf))
                    || !passesFilters(changed.place().found(), criteria)) {
                continue;
            }
            int matched = 0;
            for (Collection<String> group : groups) {
                matched += hasAny(changed.lexemes(), group) ? 1 : 0;
            }
            keepIfBest(best, Candidate.at(changed.place(), matched, longitude, latitude, point), limit);
        }
        Candidate[] ordered = best.toArray(Candidate[]::new);
        Arrays.sort(ordered);
        BitSet seen = new BitSet(full.services + changedServices.size());
        List<SearchIndex.Found> firstOfEach = new ArrayList<>();
        for (Candidate candidate : ordered) {
            Place place = candidate.place();
            if (!seen.get(place.service())) {
                seen.set(place.service());
                firstOfEach.add(place.found());
            }
        }
        return List.copyOf(firstOfEach);
    }

    private static void keepIfBest(PriorityQueue<Candidate> best, Candidate candidate, int limit) {
        if (best.size() < limit) {
            best.add(candidate);
        } else if (candidate.compareTo(best.peek()) < 0) {
            best.poll();
            best.add(candidate);
        }
    }

    private static boolean hasAny(Set<String> lexemes, Collection<String> wanted) {
        for (String lexeme : wanted) {
            if (lexemes.contains(lexeme)) {
                return true;
            }
        }
        return false;
    }

    static boolean passesFilters(SearchIndex.Found found, SearchCriteria criteria) {
        return (criteria.maxCost() == null || (found.cost() != null && found.cost().pence() <= criteria.maxCost().pence()))
                && (!criteria.hideFull() || found.capacity().status() != CapacityStatus.FULL)
                && (!criteria.stepFree() || found.stepFree());
    }

    /**
     * The distance {@code point <-> point} gives, worked out the way PostgreSQL's {@code pg_hypot} does it
     * (the larger leg times the square root of one plus the squared ratio), so that ties and near-ties fall
     * the same way as in the query. {@code Math.hypot} can differ from it in the last bit.
     */
    static double databaseDistance(double dx, double dy) {
        double x = Math.abs(dx);
        double y = Math.abs(dy);
        if (x < y) {
            double larger = y;
            y = x;
            x = larger;
        }
        if (y == 0.0) {
            return x;
        }
        double ratio = y / x;
        return x * Math.sqrt(1.0 + ratio * ratio);
    }

}
