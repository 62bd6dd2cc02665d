package care.whatmatters.demo;

import care.whatmatters.directory.domain.Accessibility;
import care.whatmatters.directory.domain.Address;
import care.whatmatters.directory.domain.Assurance;
import care.whatmatters.directory.domain.Capacity;
import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.DirectoryOrganisation;
import care.whatmatters.directory.domain.Eligibility;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.Language;
import care.whatmatters.directory.domain.LocationType;
import care.whatmatters.directory.domain.Schedule;
import care.whatmatters.directory.domain.ServiceInfo;
import care.whatmatters.directory.domain.ServiceLocation;
import care.whatmatters.directory.domain.ServiceStatus;
import care.whatmatters.directory.domain.TaxonomyTerm;
import care.whatmatters.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Generates the demo directory: about three hundred plausible services in 23 neighbourhoods of Leeds,
 * Bradford and Halifax, the same every time (a fixed seed; ids derived from names). Organisations are
 * fictional, addresses are invented, and the only contact details are {@code example.org} addresses: no real
 * organisation's or person's contact data. Assurance dates are set back from today, so some are stale.
 */
final class DemoDirectoryGenerator {

    static final long SEED = 20_260_404L;
    static final String WALKING_ORGANISATION = "Aire Valley Walking Partnership";
    static final String TAXONOMY = "WhatMatters community activities";
    private static final String[] STREETS = {"Church", "Station", "Park", "Mill", "Chapel", "Victoria", "Albert",
        "Moor", "Green", "Town Street", "Hill", "Water"};
    private static final String[] VENUES = {"Community Centre", "Library", "Methodist Church Hall", "Park Pavilion",
        "Neighbourhood Hub", "Sports Centre"};
    private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final Random random = new Random(SEED);
    private final LocalDate today;
    private final Instant now;

    DemoDirectoryGenerator(LocalDate today, Instant now) {
        this.today = today;
        this.now = now;
    }

    List<CommunityService> services() {
        List<CommunityService> services = new ArrayList<>(DemoDirectoryHighlights.services(this));
        for (DemoPlace place : DemoPlace.ALL) {
            for (DemoServiceKind kind : DemoServiceKind.ALL) {
                if (random.nextInt(100) < 82) {
                    services.add(service(place, kind));
                }
            }
        }
        return services;
    }

    private CommunityService service(DemoPlace place, DemoServiceKind kind) {
        String name = kind.names().get(random.nextInt(kind.names().size())).replace("{place}", place.name());
        boolean leedsWalk = kind.category().equals("Walking groups") && place.town().equals("Leeds");
        DirectoryOrganisation org = leedsWalk ? organisation(WALKING_ORGANISATION,
                "A charity of volunteers who lead free health walks across Leeds.")
                : organisation(place.name() + " Community Association",
                        "A neighbourhood charity running groups and activities for people in " + place.name() + ".");
        boolean sparse = random.nextInt(100) < 15;
        return new CommunityService(id("service/" + name), org, name,
                new ServiceInfo(sparse ? null : kind.description(), "https://" + slug(org.name()) + ".example.org",
                        sparse ? null : "hello@" + slug(org.name()) + ".example.org", null, null, null),
                ServiceStatus.ACTIVE, new Eligibility(kind.minimumAge(), null, null), assurance(), capacity(),
                Money.ofPence(kind.costPence()), List.of(location(place, name)),
                sparse ? List.of() : List.of(schedule(name, kind)), List.of(), languages(place, name),
                List.of(term(kind.category(), kind.categoryDescription())), now);
    }

    ServiceLocation location(DemoPlace place, String service) {
        String venue = place.name() + " " + VENUES[random.nextInt(VENUES.length)];
        double lat = place.latitude() + (random.nextDouble() - 0.5) * 0.016;
        double lng = place.longitude() + (random.nextDouble() - 0.5) * 0.026;
        String postcode = place.district() + " " + (1 + random.nextInt(9)) + LETTERS.charAt(random.nextInt(LETTERS.length()))
                + LETTERS.charAt(random.nextInt(LETTERS.length()));
        boolean stepFree = random.nextInt(100) < 70;
        return location(service, venue, new GeoPoint(round(lat), round(lng)),
                (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)] + " Road", place.town(),
                postcode, stepFree ? "Step-free access throughout, an accessible toilet and a hearing loop."
                        : "Two steps at the entrance and no lift; no accessible toilet.");
    }

    ServiceLocation location(String service, String venue, GeoPoint point, String street, String town, String postcode,
            String access) {
        return new ServiceLocation(id("sal/" + service), id("location/" + venue + "/" + service), LocationType.PHYSICAL,
                venue, null, point, new Address(id("address/" + venue + "/" + service), street, town, "West Yorkshire",
                        postcode, "GB"),
                List.of(new Accessibility(id("access/" + venue + "/" + service), access, null)));
    }

    private Schedule schedule(String service, DemoServiceKind kind) {
        return Schedule.weekly(id("schedule/" + service), List.of(kind.day()), kind.opens(), kind.closes());
    }

    private Assurance assurance() {
        return new Assurance(today.minusMonths(random.nextInt(20)).minusDays(random.nextInt(28)), null);
    }

    private Capacity capacity() {
        int roll = random.nextInt(100);
        return roll < 65 ? Capacity.takingReferrals() : roll < 85 ? Capacity.waitingList(1 + random.nextInt(8))
                : roll < 95 ? Capacity.full() : Capacity.UNKNOWN;
    }

    private List<Language> languages(DemoPlace place, String service) {
        List<Language> languages = new ArrayList<>(List.of(new Language(id("language/en/" + service), "English", "en")));
        if (place.town().equals("Bradford") || place.name().equals("Harehills")) {
            languages.add(new Language(id("language/ur/" + service), "Urdu", "ur"));
        }
        return languages;
    }

    DirectoryOrganisation organisation(String name, String description) {
        return new DirectoryOrganisation(id("organisation/" + name), name, description,
                "hello@" + slug(name) + ".example.org", "https://" + slug(name) + ".example.org");
    }

    TaxonomyTerm term(String name, String description) {
        return new TaxonomyTerm(id("term/" + name), name, description, id("taxonomy/" + TAXONOMY), TAXONOMY, null);
    }

    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("whatmatters-demo-directory/" + key).getBytes(StandardCharsets.UTF_8));
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    LocalDate today() {
        return today;
    }

    Instant now() {
        return now;
    }
}
