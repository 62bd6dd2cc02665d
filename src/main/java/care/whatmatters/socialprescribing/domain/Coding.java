package care.whatmatters.socialprescribing.domain;

/**
 * A code on the message back.
 *
 * @param verified whether the code is confirmed in a primary or trusted source; an unverified code is sent
 *                 only because configuration asks for it, and the note says why it needs checking
 */
public record Coding(String system, String code, String display, boolean verified, String note) {

    public static final String SNOMED_CT = "http://snomed.info/sct";
}
