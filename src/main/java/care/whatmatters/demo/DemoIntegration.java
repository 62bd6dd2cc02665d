package care.whatmatters.demo;

import care.whatmatters.access.Accounts;
import care.whatmatters.access.Role;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.team.Organisations;
import care.whatmatters.team.Profession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's connected system: account {@code integration} (password {@code demo}) for FHIR clients. It
 * signs in as a practitioner account of its own, so the people it registers put it in their care team, and
 * it reads back what it wrote and nothing else. Added also to a demo database seeded before it existed.
 */
@Component
class DemoIntegration {

    static final String USERNAME = "integration";

    private final Accounts accounts;
    private final Organisations organisations;

    DemoIntegration(Accounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Transactional
    void ensure() {
        if (accounts.find(USERNAME).isPresent()) {
            return;
        }
        PractitionerId system = organisations.registerPractitioner("Connected system (FHIR demo)", Profession.OTHER,
                null);
        accounts.create(USERNAME, CastSeeder.PASSWORD, "Connected system (FHIR demo)", Role.PRACTITIONER, system,
                null);
    }
}
