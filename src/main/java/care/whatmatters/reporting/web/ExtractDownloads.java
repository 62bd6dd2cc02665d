package care.whatmatters.reporting.web;

import care.whatmatters.reporting.StatutoryExtracts;
import care.whatmatters.reporting.domain.CsvTable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statutory extracts as CSV downloads, for analysts and administrators (the security configuration
 * keeps {@code /reports/**} to them). De-identified, opt-outs excluded: see docs/reporting.md, "Extracts".
 */
@Controller
class ExtractDownloads {

    private final StatutoryExtracts extracts;

    ExtractDownloads(StatutoryExtracts extracts) {
        this.extracts = extracts;
    }

    @GetMapping("/reports/extracts/phb-quarterly.csv")
    ResponseEntity<String> phbQuarterly(@RequestParam(required = false) String quarter) {
        return csv("phb-quarterly", extracts.phbQuarterly(quarter));
    }

    @GetMapping("/reports/extracts/social-prescribing.csv")
    ResponseEntity<String> socialPrescribing(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return csv("social-prescribing", extracts.socialPrescribing(from, to));
    }

    @GetMapping("/reports/extracts/snomed-activity.csv")
    ResponseEntity<String> snomedActivity(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return csv("snomed-activity", extracts.snomedActivity(from, to));
    }

    private static ResponseEntity<String> csv(String name, CsvTable table) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(table.render());
    }
}
