package care.whatmatters.careplan.domain;

/**
 * One difference between two versions of a plan, in words: in {@code section} ("Goals"), an item was
 * added, removed or changed from {@code before} to {@code after}.
 */
public record PlanChange(String section, Kind kind, String before, String after) {

    public enum Kind { ADDED, REMOVED, CHANGED }
}
