package care.whatmatters.demo;

import care.whatmatters.access.Account;
import care.whatmatters.access.Accounts;
import care.whatmatters.access.Actor;
import care.whatmatters.access.Role;
import care.whatmatters.person.AboutMeRecord;
import care.whatmatters.person.DigitalInclusionAnswers;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.PersonalCircumstances;
import care.whatmatters.person.domain.Person;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.team.CareTeams;
import care.whatmatters.team.Organisations;
import care.whatmatters.team.Profession;
import care.whatmatters.workforce.Training;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Seeds the demo cast from {@code demo/cast.json}, through the modules' public APIs. */
@Component
class CastSeeder {

    static final String PASSWORD = "demo";

    private final Organisations organisations;
    private final Accounts accounts;
    private final CareTeams careTeams;
    private final PersonRegister register;
    private final AboutMeRecord aboutMe;
    private final PersonalCircumstances circumstances;
    private final DemoPlans plans;
    private final Training training;
    private final JsonMapper json;

    CastSeeder(Organisations organisations, Accounts accounts, CareTeams careTeams, PersonRegister register,
            AboutMeRecord aboutMe, PersonalCircumstances circumstances, DemoPlans plans, Training training,
            JsonMapper json) {
        this.training = training;
        this.organisations = organisations;
        this.accounts = accounts;
        this.careTeams = careTeams;
        this.register = register;
        this.aboutMe = aboutMe;
        this.circumstances = circumstances;
        this.plans = plans;
        this.json = json;
    }

    boolean alreadySeeded() {
        return accounts.find("dylan").isPresent();
    }

    void seed() throws IOException {
        CastFile cast = read();
        Map<String, UUID> orgs = new HashMap<>();
        cast.organisations().forEach(o -> orgs.put(o.key(), organisations.register(o.name(), o.odsCode(), o.kind())));
        Map<String, Actor> practitioners = new HashMap<>();
        cast.practitioners().forEach(p -> practitioners.put(p.key(), practitioner(p, orgs.get(p.organisation()))));
        recordTraining(practitioners);
        cast.otherAccounts().forEach(a ->
                accounts.create(a.username(), PASSWORD, a.name(), Role.valueOf(a.role()), null, null));
        DemoNhsNumbers nhsNumbers = new DemoNhsNumbers(999_000_002L);
        for (CastFile.CastPerson p : cast.people()) {
            seedPerson(p, p.nhsNumber() != null ? p.nhsNumber() : nhsNumbers.next(), practitioners);
        }
    }

    /** Most of the team has done some personalised care training; the outsider has not. */
    private void recordTraining(Map<String, Actor> practitioners) {
        java.time.LocalDate start = java.time.LocalDate.of(2025, 9, 1);
        int i = 0;
        for (Map.Entry<String, Actor> p : new java.util.TreeMap<>(practitioners).entrySet()) {
            if (!p.getKey().equals("outsider")) {
                training.record(p.getValue().practitioner(), i % 2 == 0 ? "Personalised care and support planning"
                        : "Shared decision making", start.plusWeeks(3L * i), "Personalised Care Institute");
            }
            i++;
        }
    }

    private Actor practitioner(CastFile.Practitioner p, UUID organisation) {
        PractitionerId id = organisations.registerPractitioner(p.name(), Profession.valueOf(p.profession()),
                organisation);
        if (p.username() != null) {
            return accounts.create(p.username(), PASSWORD, p.name(), Role.PRACTITIONER, id, null).actor();
        }
        // Practitioners without a login still act in the story (they registered people, wrote plans).
        return new Actor(null, "demo:" + p.key(), p.name(), Role.PRACTITIONER,
                Profession.valueOf(p.profession()).label(), id, null);
    }

    private void seedPerson(CastFile.CastPerson p, String nhsNumber, Map<String, Actor> practitioners) {
        Actor registrar = practitioners.get(p.registeredBy());
        Person person = register.register(registrar, p.details(nhsNumber));
        PersonId id = person.id();
        if (p.team() != null) {
            p.team().forEach(m -> careTeams.join(id, practitioners.get(m.practitioner()).practitioner(), m.role(),
                    false, registrar.signature()));
        }
        if (p.aboutMe() != null) {
            aboutMe.save(registrar, id, 0, p.aboutMe());
        }
        if (p.digitalInclusion() != null) {
            CastFile.Digital d = p.digitalInclusion();
            circumstances.recordDigitalInclusion(registrar, id, new DigitalInclusionAnswers(d.skills(),
                    d.confidence(), d.deviceAccess(), d.internetAccess(), d.supportWanted()));
        }
        if (p.representatives() != null) {
            p.representatives().forEach(r -> addRepresentative(registrar, id, r));
        }
        if (p.username() != null) {
            accounts.create(p.username(), PASSWORD, p.givenName() + " " + p.familyName(), Role.PERSON, null, id);
        }
        if (p.plan() != null) {
            plans.seed(registrar, id, p.plan());
        }
    }

    private void addRepresentative(Actor registrar, PersonId person, CastFile.CastRepresentative r) {
        circumstances.addRepresentative(registrar, person, r.name(), r.relationship(), r.contact(), r.carer(),
                r.legalAuthority());
        if (r.username() != null) {
            Account login = accounts.create(r.username(), PASSWORD, r.name(), Role.PERSON, null, null);
            accounts.allowToActFor(login.id(), person);
        }
    }

    private CastFile read() throws IOException {
        try (InputStream in = new ClassPathResource("demo/cast.json").getInputStream()) {
            return json.readValue(in, CastFile.class);
        }
    }
}
