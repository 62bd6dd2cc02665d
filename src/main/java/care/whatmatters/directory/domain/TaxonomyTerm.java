package care.whatmatters.directory.domain;

import java.util.UUID;

/** A category from a taxonomy that services are tagged with ("Walking groups" in "Community activities"). */
public record TaxonomyTerm(UUID id, String name, String description, UUID taxonomyId, String taxonomy,
        UUID parentId) {
}
