package care.whatmatters.perf;

import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The commissioners' reporting dashboard, as the analyst: the summary as JSON and the dashboard page, for
 * the whole population this financial year and for one place. Target: under 200 ms.
 */
public class DashboardSimulation extends Simulation {

    ScenarioBuilder json = scenario("dashboard (JSON)")
            .exec(http("summary, everywhere").get("/api/v1/reports/summary").check(status().is(200)))
            .exec(http("summary, Leeds").get("/api/v1/reports/summary?area=PLACE:Leeds").check(status().is(200)));

    ScenarioBuilder page = scenario("dashboard (page)")
            .exec(Target.signIn("analyst"))
            .exec(repeat(10).on(http("dashboard page").get("/reports").check(status().is(200))));

    {
        setUp(json.injectClosed(Target.steps()).protocols(Target.api("analyst")),
                page.injectClosed(Target.steps()).protocols(Target.browser()))
                .maxDuration(Target.maxDuration());
    }
}
