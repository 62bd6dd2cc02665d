package care.whatmatters.selfmanagement;

import care.whatmatters.selfmanagement.domain.Activation;
import care.whatmatters.selfmanagement.domain.SupportSession;
import java.util.List;

/** What has been recorded about a person's self-management: activation measures and support sessions, newest first. */
public record SelfManagementRecords(List<Activation> activations, List<SupportSession> sessions) {
}
