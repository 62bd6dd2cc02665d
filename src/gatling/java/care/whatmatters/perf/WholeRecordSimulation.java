package care.whatmatters.perf;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Opening a person's whole record, as JSON (the API, HTTP Basic) and as the browser page (form login and a
 * session), by the demo GP, who is in every loaded person's care team. Target with 1,000,000 people: p95
 * under 15 ms in the server at over 1,000 records a second.
 */
public class WholeRecordSimulation extends Simulation {

    ScenarioBuilder json = scenario("whole record (JSON)")
            .feed(Target.people())
            .exec(http("record JSON").get("/api/v1/persons/#{personId}/record").check(status().is(200)));

    ScenarioBuilder page = scenario("whole record (page)")
            .exec(Target.signIn("gp"))
            .exec(repeat(20).on(feed(Target.people())
                    .exec(http("record page").get("/persons/#{personId}").check(status().is(200)))));

    {
        setUp(json.injectClosed(Target.steps()).protocols(Target.api("gp")),
                page.injectClosed(Target.steps()).protocols(Target.browser()))
                .maxDuration(Target.maxDuration());
    }
}
