package care.whatmatters.perf;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * Opening a person's whole record, as JSON (the API, HTTP Basic) and as the browser page (form login and a
 * session), by the demo GP, who is in every loaded person's care team. Target with 1,000,000 people: p95
 * under 15 ms in the server at over 1,000 records a second.
 */
public class WholeRecordSimulation extends Simulation {

    ScenarioBuilder json = scenario("whole record (JSON)")
            .feed(Target.people())
            .exec(http("record JSON").get("/api/v1/persons/#{personId}/record").check(status().is(200)));

    /**
     * A clinician signs in once and then opens records for the rest of the level, as in a working session.
     * Signing in again every 20 records made bcrypt (deliberately slow) take nearly half of the server's CPU
     * and pushed the record pages behind the sign-ins; the sign-in is still timed, as its own request.
     */
    ScenarioBuilder page = scenario("whole record (page)")
            .exec(Target.signIn("gp"))
            .exec(during(Target.levelDuration()).on(feed(Target.people())
                    .exec(http("record page").get("/persons/#{personId}").check(status().is(200)))));

    {
        // -Dparts=json or -Dparts=page measures one way of opening the record alone (default: both at once).
        List<String> parts = List.of(System.getProperty("parts", "json,page").split(","));
        List<PopulationBuilder> running = new ArrayList<>();
        if (parts.contains("json")) {
            running.add(json.injectClosed(Target.steps()).protocols(Target.api("gp")));
        }
        if (parts.contains("page")) {
            running.add(page.injectClosed(Target.steps()).protocols(Target.browser()));
        }
        if (running.isEmpty()) {
            throw new IllegalArgumentException("parts must name json, page or both, not " + parts);
        }
        setUp(running).maxDuration(Target.maxDuration());
    }
}
