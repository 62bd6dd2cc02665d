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
import java.util.UUID;

/**
 * {@code directory_search_place} and the services' opening times as they stood at one generation (V075), held
 * in memory, so that a search near a point costs the database nothing but reading the generation. It answers
 * exactly what {@link SearchIndex}'s query near a point answers: the same box, words and filters, the same
 * order (how many of the person's words a place matches, then the distance as the database works it out,
 * completeness, then the service's id and the place's own in the database's byte order), the same limit, and
 * the first place of each service kept. {@code PlacesInMemoryIT} holds the two to that over many searches.
 * <p>
 * Places are kept in order of latitude, so a search reads only the band of its box. Each lexeme has its
 * postings, the places that have it in that order, so a search marks the places in its band that have each of
 * its words by walking a few lists, rather than testing every place for every word.
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
    private record Place(SearchIndex.Found found, int service, int completeness, long idHigh,
            long idLow, long placeHigh, long placeLow) {
    }

    /**
     * A place a search found, in the query's order: words matched, nearest, most complete, then the service's
     * id and the place's own.
     */
    private record Candidate(Place place, int wordsMatched, double distance) implements Comparable<Candidate> {

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

    private final long generation;
    private final Map<String, Integer> lexemeNumbers = new HashMap<>();
    /** For each lexeme (by number), the places that have it, as ascending positions in {@link #places}. */
    private final int[][] postings;
    private final double[] latitudes;
    private final double[] longitudes;
    private final Place[] places;
    private final int services;
    private final Map<UUID, List<Schedule>> openingTimes;

    /**
     * @param rows         the places, as {@code directory_search_place} holds them
     * @param openingTimes each service's opening times, in the order {@link ScheduleLookup} gives them
     */
    PlacesInMemory(long generation, List<Row> rows, Map<UUID, List<Schedule>> openingTimes) {
        this.generation = generation;
        Map<UUID, List<Schedule>> times = new HashMap<>();
        openingTimes.forEach((service, each) -> times.put(service, List.copyOf(each))); // shared by every search
        this.openingTimes = Map.copyOf(times);
        List<Row> byLatitude = new ArrayList<>(rows);
        byLatitude.sort(Comparator.comparingDouble(Row::latitude));
        latitudes = new double[byLatitude.size()];
        longitudes = new double[byLatitude.size()];
        places = new Place[byLatitude.size()];
        Map<UUID, Integer> serviceNumbers = new HashMap<>();
        List<IntList> placesWith = new ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            Row row = byLatitude.get(i);
            for (String lexeme : row.lexemes()) { // a tsvector's lexemes are distinct
                int number = lexemeNumbers.computeIfAbsent(lexeme, k -> lexemeNumbers.size());
                if (number == placesWith.size()) {
                    placesWith.add(new IntList());
                }
                placesWith.get(number).add(i);
            }
            UUID id = row.found().id();
            latitudes[i] = row.latitude();
            longitudes[i] = row.longitude();
            places[i] = new Place(row.found(), serviceNumbers.computeIfAbsent(id, k -> serviceNumbers.size()),
                    row.found().completeness(), id.getMostSignificantBits(), id.getLeastSignificantBits(),
                    row.id().getMostSignificantBits(), row.id().getLeastSignificantBits());
        }
        postings = placesWith.stream().map(IntList::toArray).toArray(int[][]::new);
        services = serviceNumbers.size();
    }

    /** The generation of {@code directory_search_place} these places are a copy of. */
    long generation() {
        return generation;
    }

    int size() {
        return places.length;
    }

    /** The opening times of these services as they were when the copy was made, as {@link ScheduleLookup} gives them. */
    @Override
    public Map<UUID, List<Schedule>> of(List<UUID> services) {
        Map<UUID, List<Schedule>> found = new HashMap<>();
        for (UUID service : services) {
            List<Schedule> times = openingTimes.get(service);
            if (times != null) {
                found.put(service, times);
            }
        }
        return found;
    }

    /**
     * The candidates near the criteria's point, as {@link SearchIndex}'s query near a point chooses them.
     * <p>
     * The box's band of latitudes is a run of positions; each of the search's lexemes marks, from its
     * postings, the places in that run that have it (one bit per lexeme), and the places are then read once,
     * in order, with their marks.
     *
     * @param anyOf  the lexemes of the search's terms, one of which a place must have; null for no words
     * @param groups the lexemes of each of the person's words, to order by how many of them a place
     *               matches; empty when there are fewer than two words (the query then leaves that order out)
     * @param limit  how many places to keep before each service's first is taken
     */
    List<SearchIndex.Found> near(SearchCriteria criteria, Collection<String> anyOf, List<? extends Collection<String>> groups,
            int limit) {
        List<Integer> asked = new ArrayList<>();
        long[] any = anyOf == null ? null : bits(anyOf, asked);
        if (any != null && asked.isEmpty()) {
            return List.of(); // no term has a lexeme this directory holds: the query matches nothing
        }
        long[][] groupBits = groups.stream().map(g -> bits(g, asked)).toArray(long[][]::new);
        GeoPoint point = criteria.point();
        GeoPoint.Box box = point.boxAround(criteria.radiusKm());
        int from = position(box.minLatitude(), false);
        int to = position(box.maxLatitude(), true);
        int words = Math.max(1, (asked.size() + 63) / 64);
        long[] marks = marks(asked, from, to, words);
        // The best "limit" only, worst on top: a search near Leeds finds thousands of places and keeps
        // 400, and sorting them all was an eighth of the search.
        PriorityQueue<Candidate> best = new PriorityQueue<>(limit + 1, Comparator.reverseOrder());
        for (int i = from; i < to; i++) {
            // the place's own fields are read only once its longitude and words pass, from arrays in order
            double longitude = longitudes[i];
            int at = (i - from) * words;
            if (longitude < box.minLongitude() || longitude > box.maxLongitude()
                    || (any != null && !shares(marks, at, any))) {
                continue;
            }
            Place place = places[i];
            if (passesFilters(place.found(), criteria)) {
                int matched = 0;
                for (long[] group : groupBits) {
                    matched += shares(marks, at, group) ? 1 : 0;
                }
                Candidate candidate = new Candidate(place, matched,
                        databaseDistance(longitude - point.longitude(), latitudes[i] - point.latitude()));
                if (best.size() < limit) {
                    best.add(candidate);
                } else if (candidate.compareTo(best.peek()) < 0) {
                    best.poll();
                    best.add(candidate);
                }
            }
        }
        Candidate[] ordered = best.toArray(Candidate[]::new);
        Arrays.sort(ordered);
        BitSet seen = new BitSet(services);
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

    private static boolean passesFilters(SearchIndex.Found found, SearchCriteria criteria) {
        return (criteria.maxCost() == null || (found.cost() != null && found.cost().pence() <= criteria.maxCost().pence()))
                && (!criteria.hideFull() || found.capacity().status() != CapacityStatus.FULL)
                && (!criteria.stepFree() || found.stepFree());
    }

    /**
     * The bits, one per lexeme of the search (numbered in {@code asked} as they are first met), of the given
     * lexemes; lexemes no place has cannot match and get none.
     */
    private long[] bits(Collection<String> lexemes, List<Integer> asked) {
        List<Integer> mine = new ArrayList<>();
        for (String lexeme : lexemes) {
            Integer number = lexemeNumbers.get(lexeme);
            if (number != null) {
                if (!asked.contains(number)) {
                    asked.add(number);
                }
                mine.add(asked.indexOf(number));
            }
        }
        return toBits(mine);
    }

    private static long[] toBits(List<Integer> bitNumbers) {
        int most = bitNumbers.stream().mapToInt(Integer::intValue).max().orElse(-1);
        long[] bits = new long[Math.max(1, most / 64 + 1)];
        bitNumbers.forEach(n -> bits[n / 64] |= 1L << (n % 64));
        return bits;
    }

    /** For each place in positions [from, to), the bits of the search's lexemes it has, {@code words} longs each. */
    private long[] marks(List<Integer> asked, int from, int to, int words) {
        long[] marks = new long[Math.max(0, to - from) * words];
        for (int bit = 0; bit < asked.size(); bit++) {
            int[] posting = postings[asked.get(bit)];
            long mask = 1L << (bit % 64);
            for (int k = firstAtOrAbove(posting, from); k < posting.length && posting[k] < to; k++) {
                marks[(posting[k] - from) * words + bit / 64] |= mask;
            }
        }
        return marks;
    }

    /** Whether the place whose marks start at {@code at} has any of the lexemes in {@code bits}. */
    private static boolean shares(long[] marks, int at, long[] bits) {
        for (int w = 0; w < bits.length; w++) {
            if ((marks[at + w] & bits[w]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The first position whose latitude is at or above the given one, or above it if {@code pastEqual}. */
    private int position(double latitude, boolean pastEqual) {
        int low = 0;
        int high = latitudes.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (latitudes[middle] < latitude || (pastEqual && latitudes[middle] == latitude)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int firstAtOrAbove(int[] ascending, int value) {
        int found = Arrays.binarySearch(ascending, value);
        return found >= 0 ? found : -found - 1;
    }

    /** A growing list of ints, to build the postings without boxing half a million numbers. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
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
