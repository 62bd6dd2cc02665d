package care.whatmatters.directory;

import care.whatmatters.directory.domain.GeoPoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Where a postcode is, to the nearest postcode district (the outward code, "LS12" of "LS12 2QT"): enough to
 * measure "about 1.2 km" without holding anyone's address. The table ships for the demo areas
 * ({@code directory/postcode-districts.csv}); a deployment replaces it with the ONS Postcode Directory.
 */
@Component
public class PostcodeDistricts {

    private final Map<String, GeoPoint> centres = new HashMap<>();

    PostcodeDistricts() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("directory/postcode-districts.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(","))
                    .forEach(p -> centres.put(p[0].strip(), new GeoPoint(Double.parseDouble(p[1]), Double.parseDouble(p[2]))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The centre of the postcode's district, if it is one the table knows. */
    public Optional<GeoPoint> centreOf(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return Optional.empty();
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        String outward = postcode.strip().contains(" ") ? postcode.strip().split("\\s+")[0].toUpperCase(Locale.UK)
                : compact.length() > 4 ? compact.substring(0, compact.length() - 3) : compact;
        return Optional.ofNullable(centres.get(outward));
    }
}
