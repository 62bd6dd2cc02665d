package care.whatmatters.perf;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Agreeing a plan with three goals and a social prescribing referral, the whole conversation through the
 * API as the GP: register someone new, start the plan, what matters, three goals, a referral, agree. Each
 * step sends the version it started from (If-Match). Target: over 500 agreed plans a second.
 */
public class AgreePlanSimulation extends Simulation {

    /**
     * Valid NHS numbers (Modulus 11) from 960 000 000 to 990 000 000: never issued, clear of the loader's. One run
     * counts up from a random start, so it never registers the same number twice (drawing each at random did:
     * a 409 about once in 10,000 plans).
     */
    static Iterator<Map<String, Object>> nhsNumbers() {
        AtomicLong next = new AtomicLong(ThreadLocalRandom.current().nextLong(960_000_000L, 985_000_000L));
        return Stream.generate(() -> {
            while (true) {
                String nine = Long.toString(next.getAndIncrement());
                int sum = 0;
                for (int i = 0; i < 9; i++) {
                    sum += (nine.charAt(i) - '0') * (10 - i);
                }
                int check = 11 - sum % 11;
                if (check == 10) {
                    continue;
                }
                return Map.<String, Object>of("nhsNumber", nine + (check == 11 ? 0 : check));
            }
        }).iterator();
    }

    static ChainBuilder goal(int n) {
        return exec(http("goal").post("#{plan}/goals").header("If-Match", "#{v}")
                .body(StringBody("{\"whatMattersId\":\"#{matters}\",\"text\":\"Goal " + n + ": walk a little further\"}"))
                .check(status().is(201), header("ETag").saveAs("v")));
    }

    ScenarioBuilder agree = scenario("agree a plan with three goals and a referral")
            .feed(nhsNumbers())
            .exec(http("register").post("/api/v1/persons")
                    .body(StringBody("{\"nhsNumber\":\"#{nhsNumber}\",\"givenName\":\"Load\",\"familyName\":\"Test\","
                            + "\"dateOfBirth\":\"1960-05-01\"}"))
                    .check(status().is(201), jsonPath("$.id").saveAs("person")))
            .exec(session -> session.set("plan", "/api/v1/persons/" + session.getString("person") + "/plan"))
            .exec(http("start plan").post("#{plan}")
                    .body(StringBody("{\"reviewDate\":\"" + LocalDate.now().plusMonths(3) + "\"}"))
                    .check(status().is(201), header("ETag").saveAs("v")))
            .exec(http("what matters").post("#{plan}/what-matters").header("If-Match", "#{v}")
                    .body(StringBody("{\"text\":\"Getting out and about\"}"))
                    .check(status().is(201), header("ETag").saveAs("v"), jsonPath("$.id").saveAs("matters")))
            .exec(goal(1), goal(2), goal(3))
            .exec(http("referral").post("/api/v1/persons/#{person}/referrals")
                    .body(StringBody("{\"source\":\"GP\",\"reasons\":\"Lonely and wants to meet people\","
                            + "\"needs\":[\"loneliness\"]}"))
                    .check(status().is(201)))
            .exec(http("agree").post("#{plan}/agree").header("If-Match", "#{v}")
                    .body(StringBody("{\"personAgreed\":true}")).check(status().is(200)));

    {
        setUp(agree.injectClosed(Target.steps()).protocols(Target.api("gp"))).maxDuration(Target.maxDuration());
    }
}
