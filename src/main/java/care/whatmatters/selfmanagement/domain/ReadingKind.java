package care.whatmatters.selfmanagement.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of self-monitoring reading accepted, each with the LOINC codes that identify it, the UCUM unit it
 * is kept in (and the units converted to it), and the range of values that are physically plausible. A
 * value outside the range is refused as a likely device or typing error, never stored.
 */
public enum ReadingKind {
    STEPS("Steps in a day", List.of("41950-7", "55423-8"), "/d", Map.of("/d", "1", "{steps}/d", "1", "{steps}", "1"),
            "0", "100000"),
    HEART_RATE("Heart rate", List.of("8867-4"), "/min", Map.of("/min", "1", "{beats}/min", "1"), "20", "250"),
    BODY_WEIGHT("Body weight", List.of("29463-7", "3141-9"), "kg", Map.of("kg", "1", "g", "0.001",
            "[lb_av]", "0.45359237"), "1", "350"),
    BLOOD_GLUCOSE("Blood glucose", List.of("15074-8", "14743-9", "2339-0", "41653-7"), "mmol/L",
            Map.of("mmol/L", "1", "mg/dL", "0.0555"), "0.5", "50"),
    BLOOD_PRESSURE("Blood pressure", List.of("85354-9", "55284-4"), "mm[Hg]", Map.of("mm[Hg]", "1"), "20", "300"),
    SLEEP("Sleep", List.of("93832-4"), "h", Map.of("h", "1", "min", "0.0166666667"), "0", "24");

    /** LOINC codes of the blood pressure components. */
    public static final String SYSTOLIC = "8480-6";
    public static final String DIASTOLIC = "8462-4";

    private final String label;
    private final List<String> loinc;
    private final String unit;
    private final Map<String, String> conversions;
    private final BigDecimal lowest;
    private final BigDecimal highest;

    ReadingKind(String label, List<String> loinc, String unit, Map<String, String> conversions, String lowest,
            String highest) {
        this.label = label;
        this.loinc = loinc;
        this.unit = unit;
        this.conversions = conversions;
        this.lowest = new BigDecimal(lowest);
        this.highest = new BigDecimal(highest);
    }

    public static Optional<ReadingKind> byLoinc(String code) {
        if (code == null) {
            return Optional.empty(); // a coding without a code (sent as [] or null) names no reading
        }
        for (ReadingKind k : values()) {
            if (k.loinc.contains(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The value in this kind's own unit, or empty when the unit is not one this kind accepts. */
    public Optional<BigDecimal> toOwnUnit(BigDecimal value, String givenUnit) {
        String factor = conversions.get(givenUnit);
        return factor == null ? Optional.empty()
                : Optional.of(value.multiply(new BigDecimal(factor), MathContext.DECIMAL64).setScale(2,
                        java.math.RoundingMode.HALF_UP));
    }

    public boolean plausible(BigDecimal value) {
        return value.compareTo(lowest) >= 0 && value.compareTo(highest) <= 0;
    }

    public String label() {
        return label;
    }

    public List<String> loinc() {
        return loinc;
    }

    public String unit() {
        return unit;
    }

    public java.util.Set<String> acceptedUnits() {
        return conversions.keySet();
    }

    public BigDecimal lowest() {
        return lowest;
    }

    public BigDecimal highest() {
        return highest;
    }
}
