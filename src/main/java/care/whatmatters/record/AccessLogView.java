package care.whatmatters.record;

import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.audit.AuditEntry;
import care.whatmatters.audit.AuditLog;
import care.whatmatters.shared.PersonId;
import java.util.List;
import org.springframework.stereotype.Service;

/** "Who looked at my record": the audit entries about one person, for them and their team to read. */
@Service
public class AccessLogView {

    static final int SHOWN = 200;

    private final RecordAccess access;
    private final AuditLog audit;

    AccessLogView(RecordAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    /** The latest entries, newest first. Reading the log is itself logged. */
    public List<AuditEntry> of(Actor actor, PersonId person) {
        access.read(actor, person, "access log");
        return audit.about(person, SHOWN);
    }

    /**
     * One entry known only by its id (the FHIR API's {@code AuditEvent/{id}}), read on the same terms as the
     * whole log: the person, whoever acts for them, and their care team. Reading it is logged too.
     */
    public AuditEntry one(Actor actor, java.util.UUID id) {
        PersonId person = audit.personOf(id).orElseThrow(() ->
                new care.whatmatters.shared.NotFoundException("There is no access log entry with that id."));
        access.read(actor, person, "access log");
        return audit.find(person, id).orElseThrow(() ->
                new care.whatmatters.shared.NotFoundException("There is no access log entry with that id."));
    }
}
