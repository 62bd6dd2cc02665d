package care.whatmatters.socialprescribing.domain;

import care.whatmatters.shared.Stamp;
import java.util.UUID;

/**
 * The person referred on to a community service from the directory. The service accepts or declines (with a
 * reason); the link worker records its answer.
 */
public record OnwardReferral(UUID id, UUID serviceId, String serviceName, String organisationName, String note,
        OnwardStatus status, String answerReason, Stamp sent, Stamp answered) {

    OnwardReferral answered(boolean accepted, String reason, Stamp stamp) {
        return new OnwardReferral(id, serviceId, serviceName, organisationName, note,
                accepted ? OnwardStatus.ACCEPTED : OnwardStatus.DECLINED, reason, sent, stamp);
    }
}
