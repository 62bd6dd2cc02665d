package care.whatmatters.socialprescribing.domain;

import care.whatmatters.shared.FreeText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes the message back from the referral as it stands, with the link worker's summary in their words. */
public final class MessageBackComposer {

    private MessageBackComposer() {
    }

    public static MessageBack compose(Referral r, MessageBack.Patient patient, List<MessageBack.Recipient> recipients,
            List<Coding> codes, String summary, Instant now, LocalDate today) {
        String written = FreeText.required("summary", summary, FreeText.LONG);
        List<MessageBack.ServiceLine> services = r.onwardReferrals().stream()
                .map(o -> new MessageBack.ServiceLine(o.serviceName(), o.organisationName(), o.status().label()
                        + (o.answerReason() == null ? "" : ": " + o.answerReason())))
                .toList();
        return new MessageBack(r.id(), now, today, patient, List.copyOf(recipients),
                r.linkWorker() == null ? null : r.linkWorker().name() + ", social prescribing link worker",
                List.copyOf(codes), r.source().label(), r.reasons(), r.record().planSummary(), outcome(r),
                services, r.record().wellbeingChanges(), written);
    }

    static String outcome(Referral r) {
        if (r.status() == ReferralStatus.DECLINED) {
            return "Declined social prescribing: " + r.record().declinedReason();
        }
        List<String> accepted = new ArrayList<>();
        r.onwardReferrals().stream().filter(o -> o.status() == OnwardStatus.ACCEPTED)
                .forEach(o -> accepted.add(o.serviceName()));
        return accepted.isEmpty() ? "Supported by the link worker; not connected to a service"
                : "Connected to " + String.join(" and ", accepted);
    }
}
