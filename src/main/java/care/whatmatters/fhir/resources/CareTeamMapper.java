package care.whatmatters.fhir.resources;

import care.whatmatters.shared.PersonId;
import care.whatmatters.team.CareTeamMember;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;

/**
 * A person's care team, the legitimate relationship behind every access, as one CareTeam whose id is the
 * person's id (the platform keeps one team per person, not a record of its own). Each active membership is a
 * participant: the practitioner, their role in the team (and "lead"), and since when.
 */
final class CareTeamMapper {

    private CareTeamMapper() {
    }

    static CareTeam toFhir(PersonId person, List<CareTeamMember> members) {
        CareTeam team = new CareTeam();
        team.setId(new IdType("CareTeam", person.value().toString()));
        members.stream().map(CareTeamMember::since).max(Comparator.naturalOrder())
                .ifPresent(latest -> team.getMeta().setLastUpdated(Date.from(latest)));
        team.setStatus(CareTeamStatus.ACTIVE);
        team.setName("Care team");
        team.setSubject(FhirRefs.patient(person));
        for (CareTeamMember m : members) {
            String role = m.teamRole() != null && !m.teamRole().isBlank() ? m.teamRole()
                    : m.practitioner().profession().label();
            team.addParticipant().addRole(new CodeableConcept().setText(m.lead() ? role + " (lead)" : role))
                    .setMember(FhirRefs.to(FhirRefs.PRACTITIONER, m.practitioner().id().value(),
                            m.practitioner().name()))
                    .setPeriod(new Period().setStart(Date.from(m.since())));
        }
        return team;
    }
}
