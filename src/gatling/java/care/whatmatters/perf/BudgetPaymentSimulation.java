package care.whatmatters.perf;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.UUID;

/**
 * A payment from a personal health budget, as the GP in the care team, against the loaded budgets' lines
 * (the loader's budget-lines.csv): one penny at a time, so lines last, each with a new Idempotency-Key.
 */
public class BudgetPaymentSimulation extends Simulation {

    ScenarioBuilder pay = scenario("budget payment")
            .feed(Target.budgetLines())
            .exec(session -> session.set("key", UUID.randomUUID().toString()))
            .exec(http("payment").post("/api/v1/persons/#{personId}/budgets/#{budgetId}/payments")
                    .header("Idempotency-Key", "#{key}")
                    .body(StringBody("{\"lineId\":\"#{lineId}\",\"amount\":\"0.01\",\"payee\":\"Load test payee\"}"))
                    .check(status().is(201)));

    {
        setUp(pay.injectClosed(Target.steps()).protocols(Target.api("gp"))).maxDuration(Target.maxDuration());
    }
}
