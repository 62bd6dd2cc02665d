package care.whatmatters.socialprescribing;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.domain.Person;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.domain.ReferralStatus;
import care.whatmatters.socialprescribing.persistence.ReferralRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A link worker's caseload: the referrals they have taken and not closed, with what is due next and how long
 * each person has waited; and the referrals waiting for any link worker to take them. Every person listed
 * is read through the access check (and so audited).
 */
@Service
@Transactional(readOnly = true)
public class LinkWorkerCaseload {

    static final int WAITING_SHOWN = 50;

    private final ReferralRepository referrals;
    private final RecordAccess access;
    private final PersonRegister register;
    private final Clock clock;
    private final Period contactWithin;

    LinkWorkerCaseload(ReferralRepository referrals, RecordAccess access, PersonRegister register, Clock clock,
            @Value("${whatmatters.social-prescribing.contact-within:P7D}") Period contactWithin) {
        this.referrals = referrals;
        this.access = access;
        this.register = register;
        this.clock = clock;
        this.contactWithin = contactWithin;
    }

    /**
     * One line of the caseload.
     *
     * @param due        when the next step is due (null when nothing is due by date)
     * @param waitedDays days since the referral was received
     */
    public record Entry(Person person, Referral referral, String next, LocalDate due, boolean overdue, long waitedDays) {
    }

    public record Caseload(List<Entry> mine, List<Entry> waiting) {
    }

    public Caseload of(Actor actor) {
        if (!actor.isPractitioner()) {
            return new Caseload(List.of(), List.of());
        }
        List<Entry> mine = entries(actor, referrals.openFor(actor.practitioner()));
        mine.sort(Comparator.comparing((Entry e) -> e.due() == null ? LocalDate.MAX : e.due()));
        return new Caseload(mine, entries(actor, referrals.waiting(WAITING_SHOWN)));
    }

    private List<Entry> entries(Actor actor, List<Referral> found) {
        List<Entry> entries = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Referral r : found) {
            Optional<AccessGrant> grant = access.readReferralIfAllowed(actor, r.person());
            if (grant.isPresent()) {
                LocalDate due = due(r);
                entries.add(new Entry(register.get(grant.get()), r, next(r), due, due != null && due.isBefore(today),
                        ChronoUnit.DAYS.between(r.receivedAt().atZone(clock.getZone()).toLocalDate(), today)));
            }
        }
        return entries;
    }

    LocalDate due(Referral r) {
        return switch (r.status()) {
            case RECEIVED -> r.receivedAt().atZone(clock.getZone()).toLocalDate().plus(contactWithin);
            case PLAN_AGREED, CONNECTED, FOLLOW_UP -> r.record().followUpDue();
            default -> null;
        };
    }

    static String next(Referral r) {
        if (r.linkWorker() == null) {
            return "Take the referral and contact the person";
        }
        return switch (r.status()) {
            case RECEIVED -> "Contact the person";
            case CONTACTED -> "Engage, or record that they declined";
            case ENGAGED -> "Agree a plan";
            case PLAN_AGREED -> "Connect to a service";
            case CONNECTED -> "Follow up how it is going";
            case FOLLOW_UP -> "Measure wellbeing again";
            case OUTCOME_MEASURED, DECLINED -> "Close with the message back";
            case CLOSED -> "Nothing: closed";
        };
    }
}
