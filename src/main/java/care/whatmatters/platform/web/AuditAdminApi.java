package care.whatmatters.platform.web;

import care.whatmatters.audit.AuditVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For administrators: check that the audit log has not been tampered with. */
@RestController
@Tag(name = "Administration")
class AuditAdminApi {

    private final AuditVerification verification;

    AuditAdminApi(AuditVerification verification) {
        this.verification = verification;
    }

    @GetMapping("/api/v1/admin/audit/verification")
    @Operation(summary = "Verify the audit log's hash chain (administrators only)",
            description = "Reports the first entry that was changed or removed after it was sealed, if any.")
    AuditVerification.Result verify() {
        return verification.verify();
    }
}
