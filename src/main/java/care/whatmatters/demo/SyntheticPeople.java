package care.whatmatters.demo;

import care.whatmatters.person.PersonDetails;
import care.whatmatters.person.domain.Disability;
import care.whatmatters.person.domain.EthnicGroup;
import care.whatmatters.shared.NhsNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates plausible, never-real people with UK-shaped demographics, the same person for the same seed
 * and index. Proportions: age bands and sex from ONS mid-year population estimates for England (2022);
 * ethnic groups and disability from Census 2021 for England; deprivation deciles are uniform, as deciles
 * are by definition. NHS numbers come from the 9 range, which is never issued to real people.
 */
public final class SyntheticPeople {

    private static final double[][] AGE_BANDS = { // {cumulative share, youngest age, oldest age}
        {0.185, 0, 15}, {0.290, 16, 24}, {0.555, 25, 44}, {0.805, 45, 64}, {0.905, 65, 74}, {0.975, 75, 84},
        {1.0, 85, 100}};
    private static final Object[][] ETHNICITY = { // {group, share in percent}
        {EthnicGroup.WHITE_BRITISH, 73.5}, {EthnicGroup.WHITE_IRISH, 0.9}, {EthnicGroup.WHITE_GYPSY_OR_IRISH_TRAVELLER, 0.1},
        {EthnicGroup.WHITE_ROMA, 0.2}, {EthnicGroup.WHITE_OTHER, 6.4}, {EthnicGroup.MIXED_WHITE_BLACK_CARIBBEAN, 0.9},
        {EthnicGroup.MIXED_WHITE_BLACK_AFRICAN, 0.4}, {EthnicGroup.MIXED_WHITE_ASIAN, 0.8}, {EthnicGroup.MIXED_OTHER, 0.7},
        {EthnicGroup.ASIAN_INDIAN, 3.3}, {EthnicGroup.ASIAN_PAKISTANI, 2.8}, {EthnicGroup.ASIAN_BANGLADESHI, 1.1},
        {EthnicGroup.ASIAN_CHINESE, 0.7}, {EthnicGroup.ASIAN_OTHER, 1.6}, {EthnicGroup.BLACK_AFRICAN, 2.6},
        {EthnicGroup.BLACK_CARIBBEAN, 1.1}, {EthnicGroup.BLACK_OTHER, 0.5}, {EthnicGroup.OTHER_ARAB, 0.6},
        {EthnicGroup.OTHER_ANY, 1.6}};
    private static final List<String> FEMALE = List.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily",
            "Sophia", "Grace", "Freya", "Aisha", "Fatima", "Maryam", "Zara", "Priya", "Margaret", "Susan", "Patricia",
            "Jean", "Sarah", "Emma", "Chloe", "Hannah", "Ewa", "Niamh", "Chipo", "Mei", "Ruth", "Joan", "Helen");
    private static final List<String> MALE = List.of("Noah", "Oliver", "George", "Arthur", "Leo", "Muhammad",
            "Harry", "Oscar", "Jack", "Jacob", "Amir", "Hassan", "Arjun", "Kwame", "Tomasz", "David", "John",
            "Michael", "Peter", "James", "Daniel", "Ryan", "Liam", "Wei", "Kofi", "Patrick", "Ahmed", "Ian", "Gary",
            "Robert");
    private static final List<String> FAMILY = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
            "Green", "Hall", "Thomas", "Clarke", "Khan", "Ahmed", "Hussain", "Begum", "Singh", "Chen", "Okafor",
            "Mensah", "Kowalski", "Murphy", "O'Brien", "Campbell", "Hughes", "Edwards", "Lewis", "Ali", "Shah");
    private static final List<String> DISTRICTS = List.of("LS1", "LS2", "LS4", "LS6", "LS7", "LS8", "LS9", "LS10",
            "LS11", "LS12", "LS16", "LS17", "BD1", "BD3", "BD5", "BD7", "HX1", "HX3", "WF1", "WF2", "HD1", "HD2");

    private final long seed;
    private final LocalDate today;

    public SyntheticPeople(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public PersonDetails person(long index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        boolean female = random.nextDouble() < 0.51;
        String given = pick(random, female ? FEMALE : MALE);
        String family = pick(random, FAMILY);
        String postcode = pick(random, DISTRICTS) + " " + random.nextInt(1, 10) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        double disabled = random.nextDouble();
        Disability disability = disabled < 0.073 ? Disability.LIMITED_A_LOT
                : disabled < 0.173 ? Disability.LIMITED_A_LITTLE : Disability.NOT_LIMITED;
        return new PersonDetails(nhsNumber(index), given, family, birthDate(random).toString(),
                female ? "FEMALE" : "MALE", null, ethnicity(random).name(), postcode, random.nextInt(1, 11), "English",
                false, null, disability.name(), random.nextDouble() < 0.054);
    }

    /**
     * The most synthetic people that fit below the 999 range kept for the demo cast (eleven candidate
     * numbers each, starting at 910 000 000): over eight million, beyond the five million designed for.
     */
    public static final long MAX_PEOPLE = (999_000_000L - 910_000_000L) / 11;

    /** Eleven candidate numbers per index, so every index has a valid one and no two indexes share one. */
    public static String nhsNumber(long index) {
        if (index < 0 || index >= MAX_PEOPLE) {
            throw new IllegalArgumentException("A synthetic population holds at most " + MAX_PEOPLE + " people");
        }
        long base = 910_000_000L + index * 11;
        for (int offset = 0; offset < 11; offset++) {
            String nine = Long.toString(base + offset);
            Integer check = NhsNumber.checkDigit(nine);
            if (check != null) {
                return nine + check;
            }
        }
        throw new IllegalStateException("No valid NHS number near " + base);
    }

    private LocalDate birthDate(SplittableRandom random) {
        double r = random.nextDouble();
        for (double[] band : AGE_BANDS) {
            if (r <= band[0]) {
                int age = random.nextInt((int) band[1], (int) band[2] + 1);
                return today.minusYears(age).minusDays(random.nextInt(365));
            }
        }
        throw new IllegalStateException("age bands must end at 1.0");
    }

    private static EthnicGroup ethnicity(SplittableRandom random) {
        double r = random.nextDouble() * 100;
        double cumulative = 0;
        for (Object[] entry : ETHNICITY) {
            cumulative += (Double) entry[1];
            if (r < cumulative) {
                return (EthnicGroup) entry[0];
            }
        }
        return EthnicGroup.NOT_STATED;
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
