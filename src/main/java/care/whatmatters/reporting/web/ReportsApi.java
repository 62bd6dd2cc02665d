package care.whatmatters.reporting.web;

import care.whatmatters.reporting.PopulationReports;
import care.whatmatters.reporting.ReportRequest;
import care.whatmatters.reporting.ReportSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports", description = "Population reporting for commissioners and analysts: de-identified counts")
class ReportsApi {

    private final PopulationReports reports;
    private final Clock clock;

    ReportsApi(PopulationReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/summary")
    @Operation(summary = "Every measure for a period and area, with targets, projections and equity breakdowns",
            description = "Counts are people; 1 to 7 are suppressed (null), with secondary suppression. Analysts "
                    + "and administrators only.")
    ReportSummary summary(
            @Parameter(description = "First day of a month, quarter or financial year (default: this financial year)")
            @RequestParam(required = false) String from,
            @Parameter(description = "A day in the same period; the smallest period from 'from' reaching it is used")
            @RequestParam(required = false) String to,
            @Parameter(description = "LEVEL:code, e.g. PLACE:Leeds (default: everywhere)")
            @RequestParam(required = false) String area) {
        ReportRequest request = ReportRequest.parse(from, to, area, LocalDate.now(clock));
        return reports.summary(request.period(), request.level(), request.areaCode());
    }
}
