package care.whatmatters.directory.domain;

import java.util.UUID;

/** A language a service is offered in ({@code code}: ISO 639, e.g. "en", "ur", "pl"). */
public record Language(UUID id, String name, String code) {
}
