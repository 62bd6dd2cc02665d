package care.whatmatters.perf;

import static io.gatling.javaapi.core.CoreDsl.during;
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

    /**
     * An analyst signs in once and then reopens the dashboard for the rest of the level, as in a working session.
     * Signing in again every ten pages made the deliberately slow bcrypt check cost more than the pages (the
     * same finding as the whole record's pages); the sign-in is still timed, as its own request.
     */
    ScenarioBuilder page = scenario("dashboard (page)")
            .exec(Target.signIn("analyst"))
            .exec(during(Target.levelDuration()).on(http("dashboard page").get("/reports").check(status().is(200))));

    {
        setUp(json.injectClosed(Target.steps()).protocols(Target.api("analyst")),
                page.injectClosed(Target.steps()).protocols(Target.browser()))
                .maxDuration(Target.maxDuration());
    }
}
