package care.whatmatters.selfmanagement.domain;

import java.util.List;

/**
 * A kind of self-management support from the configurable catalogue.
 *
 * @param levels      the activation levels it suits (empty: offered only as an alternative)
 * @param appOnly     whether it can only be used through an app or online
 * @param alternative the key of the offer to make instead when app-only support does not suit the person
 */
public record SupportOffer(String key, String name, String description, List<Integer> levels, String channel,
        boolean appOnly, String alternative) {

    public SupportOffer {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
