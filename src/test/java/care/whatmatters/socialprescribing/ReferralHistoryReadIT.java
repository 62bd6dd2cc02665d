package care.whatmatters.socialprescribing;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.shared.PersonId;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.persistence.ReferralRepository;
import care.whatmatters.support.ApiClient;
import care.whatmatters.support.IntegrationTest;
import care.whatmatters.support.TestPeople;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person's referrals are read with their whole history (events, onward referrals, wellbeing measures) in four
 * statements, matched up by referral. They must be exactly the referrals read one at a time, each with its own
 * history read for it alone: here for two people, one with two referrals of different histories.
 */
@IntegrationTest
class ReferralHistoryReadIT {

    @LocalServerPort
    int port;
    @Autowired
    ReferralRepository referrals;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonsReferralsReadTogetherAreTheReferralsReadOneByOne() {
        ApiClient gp = ApiClient.as(port, "gp");
        UUID rosa = TestPeople.register(gp, "Rosahistory");
        UUID ivan = TestPeople.register(gp, "Ivanhistory");
        declinedAndClosed(rosa, refer(gp, rosa));
        walkedToAnOnwardReferral(rosa, refer(gp, rosa));
        walkedToAnOnwardReferral(ivan, refer(gp, ivan));

        for (UUID id : List.of(rosa, ivan)) {
            PersonId person = new PersonId(id);
            List<Referral> together = referrals.ofPerson(person);
            List<Referral> oneByOne = jdbc.sql("select id from sp_referral where person_id = ? order by received_at desc")
                    .param(id).query(UUID.class).list().stream()
                    .map(referral -> referrals.find(person, referral).orElseThrow()).toList();
            assertThat(together).usingRecursiveFieldByFieldElementComparator().isEqualTo(oneByOne);
        }

        List<Referral> rosas = referrals.ofPerson(new PersonId(rosa));
        assertThat(rosas).hasSize(2);
        Referral walked = rosas.get(0);
        Referral declined = rosas.get(1);
        assertThat(walked.history()).hasSizeGreaterThan(3);
        assertThat(walked.onwardReferrals()).hasSize(1);
        assertThat(walked.record().measures()).hasSize(1);
        assertThat(declined.history()).isNotEmpty().doesNotContainAnyElementsOf(walked.history());
        assertThat(declined.onwardReferrals()).as("another referral's history is not mixed in").isEmpty();
        assertThat(declined.record().measures()).isEmpty();
        assertThat(referrals.ofPerson(new PersonId(ivan)).get(0).onwardReferrals()).extracting("id")
                .doesNotContainAnyElementsOf(walked.onwardReferrals().stream().map(o -> (Object) o.id()).toList());
    }

    private String refer(ApiClient gp, UUID person) {
        ApiClient.Response created = gp.post("/api/v1/persons/" + person + "/referrals", TestPeople.json(Map.of(
                "source", "GP", "reasons", "Lonely since moving to the area", "needs", List.of("loneliness"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** Taken, contacted, declined by the person, and closed, so that another referral can be made. */
    private void declinedAndClosed(UUID person, String referral) {
        ApiClient linkWorker = ApiClient.as(port, "linkworker");
        String base = "/api/v1/persons/" + person + "/referrals/" + referral;
        assertThat(linkWorker.post(base + "/take", "").status()).isEqualTo(200);
        step(linkWorker, base, Map.of("status", "CONTACTED", "note", "Phoned"));
        step(linkWorker, base, Map.of("status", "DECLINED", "note", "Not ready yet"));
        step(linkWorker, base, Map.of("status", "CLOSED", "summary", "Declined for now; may come back."));
    }

    /** Taken, contacted, engaged, a baseline wellbeing measure, a plan, and connected to a walking group. */
    private void walkedToAnOnwardReferral(UUID person, String referral) {
        ApiClient linkWorker = ApiClient.as(port, "linkworker");
        String base = "/api/v1/persons/" + person + "/referrals/" + referral;
        assertThat(linkWorker.post(base + "/take", "").status()).isEqualTo(200);
        step(linkWorker, base, Map.of("status", "CONTACTED", "note", "Phoned"));
        step(linkWorker, base, Map.of("status", "ENGAGED"));
        assertThat(linkWorker.post(base + "/wellbeing", TestPeople.json(Map.of("measure", "SWEMWBS",
                "answers", List.of(2, 2, 3, 2, 3, 2, 2)))).status()).isEqualTo(200);
        step(linkWorker, base, Map.of("status", "PLAN_AGREED", "note", "Try a gentle walking group"));
        String walk = linkWorker.get("/api/v1/directory/search?q=walking%20group&postcode=LS12%202QT&radiusKm=3")
                .json().at("/results/0/serviceId").asString();
        step(linkWorker, base, Map.of("status", "CONNECTED", "serviceId", walk));
    }

    private static void step(ApiClient linkWorker, String base, Map<String, Object> body) {
        ApiClient.Response r = linkWorker.post(base + "/steps", TestPeople.json(body));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
