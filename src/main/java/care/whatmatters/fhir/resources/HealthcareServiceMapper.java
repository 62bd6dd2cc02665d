package care.whatmatters.fhir.resources;

import care.whatmatters.directory.domain.CapacityStatus;
import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.Eligibility;
import care.whatmatters.directory.domain.Schedule;
import care.whatmatters.directory.domain.ServiceStatus;
import care.whatmatters.directory.domain.WeekdayRule;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HealthcareService.DaysOfWeek;
import org.hl7.fhir.r4.model.HealthcareService.HealthcareServiceAvailableTimeComponent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * A community service in the directory (Open Referral UK) as a HealthcareService. The organisation running it
 * is named (a logical reference by its id: the platform serves no Organization resources); weekly opening times
 * become {@code availableTime}, everything else a person reads about it the text fields.
 */
final class HealthcareServiceMapper {

    private HealthcareServiceMapper() {
    }

    static HealthcareService toFhir(CommunityService s) {
        HealthcareService hs = new HealthcareService();
        hs.setId(new IdType("HealthcareService", s.id().toString()));
        if (s.lastModified() != null) {
            hs.getMeta().setLastUpdated(Date.from(s.lastModified()));
        }
        hs.setActive(s.status() == ServiceStatus.ACTIVE);
        hs.setProvidedBy(new Reference().setDisplay(s.organisation().name()).setIdentifier(new Identifier()
                .setSystem(ConsentMapper.URI_SYSTEM).setValue("urn:uuid:" + s.organisation().id())));
        s.terms().forEach(t -> hs.addType(new CodeableConcept().setText(t.name())));
        hs.setName(s.name());
        if (s.info() != null) {
            hs.setComment(s.info().description());
            if (s.info().url() != null) {
                hs.addTelecom(new ContactPoint().setSystem(ContactPointSystem.URL).setValue(s.info().url()));
            }
            if (s.info().email() != null) {
                hs.addTelecom(new ContactPoint().setSystem(ContactPointSystem.EMAIL).setValue(s.info().email()));
            }
        }
        String details = details(s);
        if (!details.isEmpty()) {
            hs.setExtraDetails(details);
        }
        s.locations().forEach(l -> hs.addLocation(FhirRefs.to("Location", l.id(), l.name())));
        if (s.eligibility() != null && s.eligibility().isStated()) {
            hs.addEligibility().setCode(new CodeableConcept().setText(ages(s.eligibility())))
                    .setComment(s.eligibility().description());
        }
        s.languages().forEach(l -> hs.addCommunication(new CodeableConcept().setText(l.name())));
        List<String> exceptions = new ArrayList<>();
        s.schedules().forEach(schedule -> available(schedule).ifPresentOrElse(hs::addAvailableTime,
                () -> exceptions.add(schedule.description() != null ? schedule.description() : "Also open on a "
                        + "monthly pattern; see the directory")));
        if (s.capacity() != null && s.capacity().status() != CapacityStatus.UNKNOWN) {
            exceptions.add("Capacity: " + s.capacity().status().label()
                    + (s.capacity().waitingWeeks() == null ? "" : ", waiting about " + s.capacity().waitingWeeks()
                    + " weeks"));
        }
        if (s.status() != ServiceStatus.ACTIVE) {
            exceptions.add("Status: " + s.status().label());
        }
        if (!exceptions.isEmpty()) {
            hs.setAvailabilityExceptions(String.join(". ", exceptions));
        }
        return hs;
    }

    private static String details(CommunityService s) {
        List<String> parts = new ArrayList<>();
        if (s.info() != null && s.info().fees() != null) {
            parts.add("Fees: " + s.info().fees());
        }
        if (s.costPerSession() != null) {
            parts.add("Cost per session: " + s.costPerSession().formatted());
        }
        if (s.info() != null && s.info().accreditations() != null) {
            parts.add("Accreditations: " + s.info().accreditations());
        }
        if (s.info() != null && s.info().alert() != null) {
            parts.add("Please note: " + s.info().alert());
        }
        return String.join("\n\n", parts);
    }

    private static String ages(Eligibility e) {
        if (e.minimumAge() == null && e.maximumAge() == null) {
            return "Eligibility";
        }
        if (e.maximumAge() == null) {
            return "Aged " + e.minimumAge() + " and over";
        }
        return "Aged " + (e.minimumAge() == null ? 0 : e.minimumAge()) + " to " + e.maximumAge();
    }

    /** A weekly schedule on plain weekdays with times becomes available times; anything else is described. */
    private static java.util.Optional<HealthcareServiceAvailableTimeComponent> available(Schedule s) {
        if (s.freq() != Schedule.Frequency.WEEKLY || s.byDay().isEmpty()
                || s.byDay().stream().anyMatch(d -> d.ordinal() != 0)) {
            return java.util.Optional.empty();
        }
        HealthcareServiceAvailableTimeComponent t = new HealthcareServiceAvailableTimeComponent();
        for (WeekdayRule d : s.byDay()) {
            t.addDaysOfWeek(DaysOfWeek.fromCode(d.day().name().substring(0, 3).toLowerCase(Locale.ROOT)));
        }
        if (s.opensAt() != null && s.closesAt() != null) {
            t.setAvailableStartTime(s.opensAt().withNano(0) + (s.opensAt().getSecond() == 0 ? ":00" : ""));
            t.setAvailableEndTime(s.closesAt().withNano(0) + (s.closesAt().getSecond() == 0 ? ":00" : ""));
        } else {
            t.setAllDay(true);
        }
        return java.util.Optional.of(t);
    }
}
