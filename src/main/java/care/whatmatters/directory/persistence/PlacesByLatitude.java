package care.whatmatters.directory.persistence;

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
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Every place of {@code directory_search_place} as one whole copy of the table held them, with its services'
 * opening times: the part of {@link PlacesInMemory} that is made once and then shared by every later
 * generation that only some services changed.
 * <p>
 * Places are kept in order of latitude, so a search reads only the band of its box. Each lexeme has its
 * postings, the places that have it in that order, so a search marks the places in its band that have each of
 * its words by walking a few lists, rather than testing every place for every word.
 */
final class PlacesByLatitude {

    private final Map<String, Integer> lexemeNumbers = new HashMap<>();
    /** For each lexeme (by number), the places that have it, as ascending positions in {@link #places}. */
    private final int[][] postings;
    private final double[] latitudes;
    private final double[] longitudes;
    final PlacesInMemory.Place[] places;
    /** How many services the places belong to: they are numbered from 0. */
    final int services;
    /** Each service's opening times, for the services that have any. */
    final Map<UUID, List<Schedule>> openingTimes;

    /**
     * @param rows         the places, as {@code directory_search_place} holds them
     * @param openingTimes each service's opening times, in the order {@link ScheduleLookup} gives them
     */
    PlacesByLatitude(List<PlacesInMemory.Row> rows, Map<UUID, List<Schedule>> openingTimes) {
        Map<UUID, List<Schedule>> times = new HashMap<>();
        openingTimes.forEach((service, each) -> times.put(service, List.copyOf(each))); // shared by every search
        this.openingTimes = Map.copyOf(times);
        List<PlacesInMemory.Row> byLatitude = new ArrayList<>(rows);
        byLatitude.sort(Comparator.comparingDouble(PlacesInMemory.Row::latitude));
        latitudes = new double[byLatitude.size()];
        longitudes = new double[byLatitude.size()];
        places = new PlacesInMemory.Place[byLatitude.size()];
        Map<UUID, Integer> serviceNumbers = new HashMap<>();
        List<IntList> placesWith = new ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            PlacesInMemory.Row row = byLatitude.get(i);
            for (String lexeme : row.lexemes()) { // a tsvector's lexemes are distinct
                int number = lexemeNumbers.computeIfAbsent(lexeme, k -> lexemeNumbers.size());
                if (number == placesWith.size()) {
                    placesWith.add(new IntList());
                }
                placesWith.get(number).add(i);
            }
            latitudes[i] = row.latitude();
            longitudes[i] = row.longitude();
            places[i] = PlacesInMemory.Place.of(row,
                    serviceNumbers.computeIfAbsent(row.found().id(), k -> serviceNumbers.size()));
        }
        postings = placesWith.stream().map(IntList::toArray).toArray(int[][]::new);
        services = serviceNumbers.size();
    }

    /**
     * Hands each place in the box that has one of the words and passes the filters, and is not among the
     * {@code replaced} positions, to {@code found}.
     * <p>
     * The box's band of latitudes is a run of positions; each of the search's lexemes marks, from its
     * postings, the places in that run that have it (one bit per lexeme), and the places are then read once,
     * in order, with their marks.
     *
     * @param anyOf  the lexemes of the search's terms, one of which a place must have; null for no words
     * @param groups the lexemes of each of the person's words, to count how many of them a place matches
     */
    void near(SearchCriteria criteria, GeoPoint.Box box, Collection<String> anyOf,
            List<? extends Collection<String>> groups, BitSet replaced, Consumer<PlacesInMemory.Candidate> found) {
        List<Integer> asked = new ArrayList<>();
        long[] any = anyOf == null ? null : bits(anyOf, asked);
        if (any != null && asked.isEmpty()) {
            return; // no term has a lexeme these places hold: none of them matches
        }
        long[][] groupBits = groups.stream().map(g -> bits(g, asked)).toArray(long[][]::new);
        GeoPoint point = criteria.point();
        int from = position(box.minLatitude(), false);
        int to = position(box.maxLatitude(), true);
        int words = Math.max(1, (asked.size() + 63) / 64);
        long[] marks = marks(asked, from, to, words);
        for (int i = from; i < to; i++) {
            // the place's own fields are read only once its longitude and words pass, from arrays in order
            double longitude = longitudes[i];
            int at = (i - from) * words;
            if (longitude < box.minLongitude() || longitude > box.maxLongitude()
                    || (any != null && !shares(marks, at, any)) || replaced.get(i)) {
                continue;
            }
            PlacesInMemory.Place place = places[i];
            if (PlacesInMemory.passesFilters(place.found(), criteria)) {
                int matched = 0;
                for (long[] group : groupBits) {
                    matched += shares(marks, at, group) ? 1 : 0;
                }
                found.accept(PlacesInMemory.Candidate.at(place, matched, longitude, latitudes[i], point));
            }
        }
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
}
