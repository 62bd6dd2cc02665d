package care.whatmatters.directory.domain;

import java.util.UUID;

/** An organisation that runs services: a charity, community group, social enterprise or council team. */
public record DirectoryOrganisation(UUID id, String name, String description, String email, String website) {
}
