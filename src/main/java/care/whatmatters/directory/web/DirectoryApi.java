package care.whatmatters.directory.web;

import care.whatmatters.access.Actor;
import care.whatmatters.directory.DirectoryCatalogue;
import care.whatmatters.directory.DirectoryImport;
import care.whatmatters.directory.DirectoryPermissionException;
import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.ImportOutcome;
import care.whatmatters.directory.domain.ImportReport;
import care.whatmatters.directory.domain.QualityReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "Community directory", description = "Goal-aware, explainable search of community services")
class DirectoryApi {

    private final DirectoryImport imports;
    private final DirectoryCatalogue catalogue;

    DirectoryApi(DirectoryImport imports, DirectoryCatalogue catalogue) {
        this.imports = imports;
        this.catalogue = catalogue;
    }

    record ImportSummary(UUID importId, int received, long created, long updated, long unchanged, long merged,
            long flagged, long rejected, List<ImportReport.Line> records) {

        static ImportSummary of(ImportReport r) {
            return new ImportSummary(r.id(), r.received(), r.count(ImportOutcome.CREATED),
                    r.count(ImportOutcome.UPDATED), r.count(ImportOutcome.UNCHANGED), r.count(ImportOutcome.MERGED),
                    r.flagged(), r.count(ImportOutcome.REJECTED), r.lines());
        }
    }

    record Quality(int completeness, boolean stale, String freshness, List<String> toFix) {

        static Quality of(QualityReport q) {
            return new Quality(q.completeness(), q.freshness().stale(), q.freshness().describe(), q.toFix());
        }
    }

    @PostMapping("/imports")
    @Operation(summary = "Import an Open Referral UK feed",
            description = "A list of services, a /services page, or one service, in the UK profile's nested shape. "
                    + "Each record is checked on its own: good ones are added or updated, bad ones reported with the "
                    + "reason; exact duplicates are merged and likely duplicates (same name and postcode) flagged. "
                    + "Directory editors may import only their own organisation's services.")
    ImportSummary importFeed(Actor actor, @RequestBody JsonNode feed,
            @RequestParam(defaultValue = "upload") String source) {
        return ImportSummary.of(imports.importFeed(actor, source, feed));
    }

    @GetMapping("/services/{id}/quality")
    @Operation(summary = "How complete and fresh a service's details are, and what to fix")
    Quality quality(@PathVariable UUID id) {
        CommunityService service = catalogue.get(id);
        return Quality.of(catalogue.quality(service));
    }

    @ExceptionHandler(DirectoryPermissionException.class)
    ResponseEntity<ProblemDetail> refused(DirectoryPermissionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not allowed");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
