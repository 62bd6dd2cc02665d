package care.whatmatters.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person across every module; it is also the shard key of every per-person table. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    public static PersonId newId() {
        return new PersonId(Ids.newId());
    }

    public static PersonId parse(String value) {
        return new PersonId(Ids.parse("personId", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
