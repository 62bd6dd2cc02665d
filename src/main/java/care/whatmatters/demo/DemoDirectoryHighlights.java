package care.whatmatters.demo;

import care.whatmatters.directory.domain.Assurance;
import care.whatmatters.directory.domain.Capacity;
import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.CostOption;
import care.whatmatters.directory.domain.DirectoryOrganisation;
import care.whatmatters.directory.domain.Eligibility;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.Language;
import care.whatmatters.directory.domain.Schedule;
import care.whatmatters.directory.domain.ServiceInfo;
import care.whatmatters.directory.domain.ServiceStatus;
import care.whatmatters.directory.domain.TaxonomyTerm;
import care.whatmatters.shared.Money;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * The services the demo stories use: the wheelchair sports club near the University of Leeds that Dylan's
 * link worker connects him to, and the gentle walking group near Margaret's home in Armley (run by the
 * organisation the demo directory editor works for, which also has a walk whose details have gone stale).
 */
final class DemoDirectoryHighlights {

    static final String WHEELCHAIR_CLUB = "Woodhouse Wheelchair Sports Club";
    static final String ARMLEY_WALK = "Armley Park Gentle Walk";

    private DemoDirectoryHighlights() {
    }

    static List<CommunityService> services(DemoDirectoryGenerator g) {
        return List.of(wheelchairClub(g), armleyWalk(g), staleWalk(g));
    }

    private static CommunityService wheelchairClub(DemoDirectoryGenerator g) {
        DirectoryOrganisation club = g.organisation(WHEELCHAIR_CLUB + " (CIO)",
                "A volunteer-run club for wheelchair basketball and wheelchair tennis in north Leeds.");
        String name = WHEELCHAIR_CLUB;
        return new CommunityService(DemoDirectoryGenerator.id("service/" + name), club, name,
                new ServiceInfo("Wheelchair basketball and wheelchair tennis for adults and young people, beginners "
                        + "welcome. Sports chairs to borrow, coaching from GB-classified players, and a social after "
                        + "training. Ten minutes from the University of Leeds campus.",
                        "https://woodhouse-wheelchair-sports.example.org", "hello@woodhouse-wheelchair-sports.example.org",
                        null, null, null),
                ServiceStatus.ACTIVE, new Eligibility(14, null, "Wheelchair users and people with a physical impairment"),
                new Assurance(g.today().minusMonths(1), "hello@woodhouse-wheelchair-sports.example.org"),
                Capacity.takingReferrals(), Money.ofPence(300),
                List.of(g.location(name, "Woodhouse Moor Sports Hall", new GeoPoint(53.81050, -1.56050),
                        "2 Moorland Road", "Leeds", "LS6 1AN",
                        "Step-free access, wheelchair-accessible changing rooms and toilets, and a hearing loop.")),
                List.of(new Schedule(DemoDirectoryGenerator.id("schedule/" + name), Schedule.Frequency.WEEKLY, 1,
                        List.of(new care.whatmatters.directory.domain.WeekdayRule(0, DayOfWeek.TUESDAY),
                                new care.whatmatters.directory.domain.WeekdayRule(0, DayOfWeek.THURSDAY)),
                        List.of(), LocalTime.of(18, 30), LocalTime.of(20, 30), null, null, "Training sessions")),
                List.of(new CostOption(DemoDirectoryGenerator.id("cost/students/" + name), "Students",
                        Money.ofPence(150), "per session")),
                List.of(new Language(DemoDirectoryGenerator.id("language/en/" + name), "English", "en")),
                List.of(sport(g), g.term("Wheelchair sports", "Sports played in wheelchairs")), g.now());
    }

    private static CommunityService armleyWalk(DemoDirectoryGenerator g) {
        String name = ARMLEY_WALK;
        return walk(g, name, "A gentle, level walk of 30 to 45 minutes round Armley Park, at the pace of the slowest "
                        + "walker, then tea and biscuits in the pavilion. Friendly volunteers; many people come to "
                        + "meet people and feel less lonely. Walking frames and wheelchairs welcome.",
                new GeoPoint(53.79880, -1.58760), "Armley Park Pavilion", "Stanningley Road", "LS12 2QA",
                new Assurance(g.today().minusDays(10), "hello@aire-valley-walking-partnership.example.org"),
                DayOfWeek.WEDNESDAY);
    }

    private static CommunityService staleWalk(DemoDirectoryGenerator g) {
        return walk(g, "Bramley Fell Ramble", "A longer walk on Bramley Fell.", new GeoPoint(53.80480, -1.64020),
                "Bramley Fell car park", "Stanningley Road", "LS13 4AA", new Assurance(g.today().minusMonths(15), null),
                DayOfWeek.SATURDAY);
    }

    private static CommunityService walk(DemoDirectoryGenerator g, String name, String description, GeoPoint point,
            String venue, String street, String postcode, Assurance assurance, DayOfWeek day) {
        DirectoryOrganisation walkers = g.organisation(DemoDirectoryGenerator.WALKING_ORGANISATION,
                "A charity of volunteers who lead free health walks across Leeds.");
        return new CommunityService(DemoDirectoryGenerator.id("service/" + name), walkers, name,
                new ServiceInfo(description, "https://aire-valley-walking-partnership.example.org", null, null, null, null),
                ServiceStatus.ACTIVE, new Eligibility(18, null, null), assurance, Capacity.takingReferrals(),
                Money.ZERO, List.of(g.location(name, venue, point, street, "Leeds", postcode,
                        "Level, step-free paths; an accessible toilet in the pavilion.")),
                List.of(Schedule.weekly(DemoDirectoryGenerator.id("schedule/" + name), List.of(day),
                        LocalTime.of(10, 30), LocalTime.of(11, 30))),
                List.of(), List.of(new Language(DemoDirectoryGenerator.id("language/en/" + name), "English", "en")),
                List.of(g.term("Walking groups", "Led walks for health and company")), g.now());
    }

    private static TaxonomyTerm sport(DemoDirectoryGenerator g) {
        return g.term("Disability sport", "Sport for disabled people");
    }
}
