package care.whatmatters.directory;

import java.util.List;

/**
 * What a directory editor types about one service, as text from the form: checked and turned into the
 * model by {@link DirectoryEditing}. {@code days} are RFC 5545 codes (MO, TU ...); times are HH:MM;
 * {@code costPerSession} is in pounds ("0" for free).
 */
public record ServiceForm(String name, String description, String url, String email, String status,
        String capacity, String waitingWeeks, String costPerSession, String minimumAge, String maximumAge,
        String eligibility, List<String> days, String opensAt, String closesAt, String placeName, String address,
        String city, String county, String postcode, String accessibility, String categoryId) {

    public ServiceForm {
        days = days == null ? List.of() : List.copyOf(days);
    }

    public static ServiceForm blank() {
        return new ServiceForm("", "", "", "", "active", "TAKING_REFERRALS", "", "", "", "", "", List.of(), "", "",
                "", "", "", "", "", "", "");
    }
}
