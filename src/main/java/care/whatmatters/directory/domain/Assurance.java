package care.whatmatters.directory.domain;

import java.time.LocalDate;

/** When a service's details were last checked as correct, and by whom (an organisational address). */
public record Assurance(LocalDate assuredDate, String assurerEmail) {

    public static final Assurance NEVER = new Assurance(null, null);
}
