package care.whatmatters.perf;

import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.Map;

/**
 * A link worker's ranked, explained directory search, by goal near a postcode, over the 50,000 services the
 * loader tops the directory up to. Target: p95 under 20 ms.
 */
public class DirectorySearchSimulation extends Simulation {

    static final List<Map<String, Object>> QUERIES = List.of(
            Map.of("goal", "meet%20people", "postcode", "LS12%202QT"),
            Map.of("goal", "walking", "postcode", "LS6%201AA"),
            Map.of("goal", "singing", "postcode", "BD5%200AA"),
            Map.of("goal", "money%20advice", "postcode", "HX1%201AA"),
            Map.of("goal", "gardening", "postcode", "LS8%202AA"),
            Map.of("goal", "exercise", "postcode", "HX3%205AA"));

    ScenarioBuilder search = scenario("directory search")
            .feed(listFeeder(QUERIES).random())
            .exec(http("search").get("/api/v1/directory/search?goal=#{goal}&postcode=#{postcode}")
                    .check(status().is(200)));

    {
        setUp(search.injectClosed(Target.steps()).protocols(Target.api("linkworker")))
                .maxDuration(Target.maxDuration());
    }
}
