package care.whatmatters.careplan;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.careplan.domain.AgreedVersion;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.PlanChange;
import care.whatmatters.careplan.domain.PlanComparison;
import care.whatmatters.careplan.persistence.AgreedVersionRepository;
import care.whatmatters.careplan.persistence.CarePlanRepository;
import care.whatmatters.query.Query;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import java.util.List;
import org.springframework.stereotype.Service;

/** Every agreed version of the plan, kept as agreed, and what changed between any two of them. */
@Service
public class PlanHistory {

    private final CarePlanRepository plans;
    private final AgreedVersionRepository versions;
    private final RecordAccess access;

    PlanHistory(CarePlanRepository plans, AgreedVersionRepository versions, RecordAccess access) {
        this.plans = plans;
        this.versions = versions;
        this.access = access;
    }

    public List<AgreedVersion> agreedVersions(AccessGrant grant) {
        return plans.current(grant.person()).map(p -> agreedVersions(grant, p)).orElse(List.of());
    }

    /** The agreed versions of a plan already loaded under the same grant (saves loading it again). */
    public List<AgreedVersion> agreedVersions(AccessGrant grant, CarePlan plan) {
        return versions.all(CarePlanning.belongsTo(grant, plan).id(), grant.person());
    }

    /** As {@link #agreedVersions(AccessGrant, CarePlan)}, as a query to send with others (the whole record). */
    public Query<List<AgreedVersion>> agreedVersionsQuery(AccessGrant grant, CarePlan plan) {
        return versions.allQuery(CarePlanning.belongsTo(grant, plan).id(), grant.person());
    }

    public List<AgreedVersion> agreedVersions(Actor actor, PersonId person) {
        return agreedVersions(access.read(actor, person, "plan versions"));
    }

    public AgreedVersion agreedVersion(Actor actor, PersonId person, int number) {
        AccessGrant grant = access.read(actor, person, "plan version " + number);
        return find(grant, number);
    }

    /** What changed from agreed version {@code from} to {@code to}. */
    public List<PlanChange> compare(Actor actor, PersonId person, int from, int to) {
        AccessGrant grant = access.read(actor, person, "plan versions " + from + " and " + to);
        return PlanComparison.between(find(grant, from).content(), find(grant, to).content());
    }

    private AgreedVersion find(AccessGrant grant, int number) {
        CarePlan plan = plans.current(grant.person()).orElseThrow(CarePlanning::noPlan);
        return versions.find(plan.id(), grant.person(), number).orElseThrow(
                () -> new NotFoundException("The plan has no agreed version " + number + "."));
    }
}
