package care.whatmatters.perf;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What every workload shares: the application under test (loopback only: these workloads must never be
 * pointed at someone else's server), the concurrency levels each workload runs at one after the other, the
 * demo accounts, and the feeders the population loader writes.
 * <p>
 * System properties: {@code baseUrl} (default http://127.0.0.1:8080), {@code levels} (concurrent users per
 * step, default 10,50,100), {@code levelSeconds} (default 30), {@code feeder} (default
 * target/population/people.csv).
 */
final class Target {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private Target() {
    }

    static String baseUrl() {
        String url = System.getProperty("baseUrl", "http://127.0.0.1:8080");
        String host = URI.create(url).getHost();
        if (host == null || !LOOPBACK.contains(host)) {
            throw new IllegalArgumentException("Load tests run against the application on loopback only, not " + url);
        }
        return url;
    }

    static List<Integer> levels() {
        return Arrays.stream(System.getProperty("levels", "10,50,100").split(",")).map(String::trim)
                .map(Integer::valueOf).toList();
    }

    static Duration levelDuration() {
        return Duration.ofSeconds(Long.getLong("levelSeconds", 30));
    }

    /** Each level in turn, held for the level's duration (closed model: that many users at all times). */
    static ClosedInjectionStep[] steps() {
        return levels().stream().map(n -> constantConcurrentUsers(n).during(levelDuration()))
                .toArray(ClosedInjectionStep[]::new);
    }

    /** The whole run is bounded: every level's time and a little to finish. */
    static Duration maxDuration() {
        return levelDuration().multipliedBy(levels().size()).plusSeconds(10);
    }

    static HttpProtocolBuilder api(String account) {
        return http.baseUrl(baseUrl()).basicAuth(account, "demo").acceptHeader("application/json")
                .contentTypeHeader("application/json").disableCaching().shareConnections();
    }

    static HttpProtocolBuilder browser() {
        return http.baseUrl(baseUrl()).acceptHeader("text/html").disableCaching().disableFollowRedirect();
    }

    static FeederBuilder<String> people() {
        return csv(System.getProperty("feeder", "target/population/people.csv")).random();
    }

    static FeederBuilder<String> budgetLines() {
        String people = System.getProperty("feeder", "target/population/people.csv");
        return csv(java.nio.file.Path.of(people).resolveSibling("budget-lines.csv").toString()).random();
    }

    /** Signs in through the login form (session cookie and CSRF token), as a browser does. */
    static ChainBuilder signIn(String account) {
        return exec(http("login page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/login").formParam("username", account).formParam("password", "demo")
                        .formParam("_csrf", "#{csrf}").check(status().is(302)));
    }
}
