package care.whatmatters.directory.web;

import care.whatmatters.directory.DirectoryCatalogue;
import care.whatmatters.directory.openreferral.OpenReferralWriter;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Open Referral UK read API (HSDS 3.0 UK profile), open to anyone without signing in, as the standard
 * expects: the directory holds no personal data. The paths, parameters and page fields are the standard's.
 */
@RestController
@RequestMapping(value = "/openreferral", produces = MediaType.APPLICATION_JSON_VALUE)
@Hidden
class OpenReferralApi {

    static final String PROFILE = "https://github.com/openreferral/uk-profile";
    static final String OPENAPI = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json";

    private final DirectoryCatalogue catalogue;
    private final OpenReferralParameters parameters;

    OpenReferralApi(DirectoryCatalogue catalogue, OpenReferralParameters parameters) {
        this.catalogue = catalogue;
        this.parameters = parameters;
    }

    @GetMapping({"", "/"})
    Map<String, String> about() {
        return Map.of("version", "3.0", "profile", PROFILE, "openapi_url", OPENAPI);
    }

    @GetMapping("/services")
    ObjectNode services(@RequestParam Map<String, String> query) {
        OpenReferralParameters.Request request = parameters.read(query);
        DirectoryCatalogue.Page found = catalogue.page(request.filter(), request.page(), request.perPage());
        long totalPages = (found.total() + request.perPage() - 1) / request.perPage();
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        page.put("total_items", found.total());
        page.put("total_pages", totalPages);
        page.put("page_number", request.page());
        page.put("size", found.services().size());
        page.put("first_page", request.page() == 1);
        page.put("last_page", request.page() >= totalPages);
        page.put("empty", found.services().isEmpty());
        ArrayNode contents = page.putArray("contents");
        found.services().forEach(s -> contents.add(OpenReferralWriter.listItem(s)));
        return page;
    }

    @GetMapping("/services/{id}")
    ObjectNode service(@PathVariable String id) {
        UUID serviceId;
        try {
            serviceId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("There is no service with that id in the directory.");
        }
        return OpenReferralWriter.full(catalogue.get(serviceId));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("A parameter is wrong");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
