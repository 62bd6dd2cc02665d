package care.whatmatters.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Registers fresh people through the API, so tests never disturb the demo cast or each other. */
public final class TestPeople {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestPeople() {
    }

    /** The smallest valid registration: NHS number, names and date of birth. */
    public static Map<String, Object> details(String nhsNumber, String givenName, String familyName) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("nhsNumber", nhsNumber);
        details.put("givenName", givenName);
        details.put("familyName", familyName);
        details.put("dateOfBirth", "1970-01-31");
        return details;
    }

    /** Registers someone new as the given practitioner (who joins their care team) and answers their id. */
    public static UUID register(ApiClient practitioner, String givenName) {
        ApiClient.Response created = practitioner.post("/api/v1/persons",
                json(details(TestNhsNumbers.fresh(), givenName, "Testperson")));
        if (created.status() != 201) {
            throw new AssertionError("Could not register a test person: " + created);
        }
        return UUID.fromString(created.json().get("id").asString());
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
