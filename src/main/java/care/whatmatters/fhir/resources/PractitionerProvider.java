package care.whatmatters.fhir.resources;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.team.CareTeams;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.springframework.stereotype.Component;

/**
 * Practitioners, read-only: their names and professions only, which the platform shows to anyone signed in
 * (beside a plan, in a care team), so any signed-in client may read them, with no care relationship.
 */
@Component
public class PractitionerProvider implements IResourceProvider {

    private final CareTeams careTeams;

    PractitionerProvider(CareTeams careTeams) {
        this.careTeams = careTeams;
    }

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    @Read
    public Practitioner read(@IdParam IdType id) {
        FhirActor.current();
        return PractitionerMapper.toFhir(careTeams.practitioner(new PractitionerId(FhirRefs.uuid(id, "Practitioner"))));
    }

    /** {@code name}: the start of any word of the name, ignoring case, as FHIR string search does. */
    @Search
    public List<Practitioner> search(@OptionalParam(name = "_id") TokenAndListParam ids,
            @OptionalParam(name = Practitioner.SP_NAME) StringParam name) {
        FhirActor.current();
        List<Practitioner> all = careTeams.allPractitioners().stream()
                .filter(p -> name == null || matches(p.name(), name.getValue(), name.isExact()))
                .map(PractitionerMapper::toFhir).toList();
        return new SearchFilter(ids, null, null).apply(all);
    }

    private static boolean matches(String fullName, String wanted, boolean exact) {
        if (exact) {
            return fullName.equals(wanted);
        }
        String lower = fullName.toLowerCase(Locale.ROOT);
        String start = wanted.toLowerCase(Locale.ROOT);
        return lower.startsWith(start) || lower.contains(" " + start);
    }
}
