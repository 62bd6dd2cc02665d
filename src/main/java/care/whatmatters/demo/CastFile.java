package care.whatmatters.demo;

import care.whatmatters.person.PersonDetails;
import care.whatmatters.person.domain.AboutMe;
import java.util.List;

/** The demo cast as written in {@code demo/cast.json}. */
record CastFile(List<Organisation> organisations, List<Practitioner> practitioners, List<OtherAccount> otherAccounts,
        List<CastPerson> people) {

    record Organisation(String key, String name, String odsCode, String kind) {
    }

    record Practitioner(String key, String name, String profession, String organisation, String username) {
    }

    record OtherAccount(String username, String name, String role) {
    }

    record CastPerson(String key, String username, String nhsNumber, String givenName, String familyName,
            String dateOfBirth, String sex, String gender, String ethnicity, String postcode, Integer deprivationDecile,
            String preferredLanguage, Boolean interpreterNeeded, String communicationNeeds, String disability,
            String registeredBy, List<TeamMember> team, AboutMe aboutMe, Digital digitalInclusion,
            List<CastRepresentative> representatives, CastPlan plan) {

        PersonDetails details(String assignedNhsNumber) {
            return new PersonDetails(assignedNhsNumber, givenName, familyName, dateOfBirth, sex, gender, ethnicity,
                    postcode, deprivationDecile, preferredLanguage, interpreterNeeded, communicationNeeds, disability,
                    false);
        }
    }

    record TeamMember(String practitioner, String role) {
    }

    record Digital(String skills, String confidence, String deviceAccess, String internetAccess, String supportWanted) {
    }

    record CastRepresentative(String name, String relationship, String contact, boolean carer, boolean legalAuthority,
            String username) {
    }

    record CastPlan(String status, int reviewInDays, String contingency, List<CastItem> items) {
    }

    record CastItem(String whatMatters, List<CastGoal> goals) {
    }

    record CastGoal(String text, List<CastAction> actions) {
    }

    record CastAction(String description, String owner, int dueInDays, String component) {
    }
}
