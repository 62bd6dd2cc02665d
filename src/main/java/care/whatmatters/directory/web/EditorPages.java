package care.whatmatters.directory.web;

import care.whatmatters.access.Actor;
import care.whatmatters.directory.DirectoryCatalogue;
import care.whatmatters.directory.DirectoryEditing;
import care.whatmatters.directory.DirectoryEditors;
import care.whatmatters.directory.DirectoryImport;
import care.whatmatters.directory.DirectoryPermissionException;
import care.whatmatters.directory.ServiceForm;
import care.whatmatters.directory.domain.CapacityStatus;
import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.ServiceStatus;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InvalidInputException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/** Directory editors keeping their organisation's services current, and importing an Open Referral feed. */
@Controller
@RequestMapping("/directory/editor")
class EditorPages {

    private final DirectoryEditors editors;
    private final DirectoryCatalogue catalogue;
    private final DirectoryEditing editing;
    private final DirectoryImport imports;
    private final JsonMapper json;

    EditorPages(DirectoryEditors editors, DirectoryCatalogue catalogue, DirectoryEditing editing,
            DirectoryImport imports, JsonMapper json) {
        this.editors = editors;
        this.catalogue = catalogue;
        this.editing = editing;
        this.imports = imports;
        this.json = json;
    }

    @GetMapping
    String services(Actor actor, Model model) {
        UUID organisation = editors.requireEditor(actor);
        model.addAttribute("organisation", catalogue.organisationName(organisation));
        model.addAttribute("services", catalogue.ofOrganisation(organisation));
        return "directory/editor";
    }

    @PostMapping("/services/{id}/assure")
    String assure(Actor actor, @PathVariable UUID id) {
        editing.assure(actor, id);
        return "redirect:/directory/editor#service-" + id;
    }

    @GetMapping("/services/{id}")
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        editing.requireEditorOrAdministrator(actor);
        CommunityService s = catalogue.get(id);
        editors.checkMayChange(actor, s.organisation().id());
        model.addAttribute("form", ServiceForms.of(s));
        model.addAttribute("serviceId", id);
        model.addAttribute("quality", catalogue.quality(s));
        return "directory/service-form";
    }

    @GetMapping("/services/new")
    String create(Actor actor, Model model) {
        editors.requireEditor(actor);
        model.addAttribute("form", ServiceForm.blank());
        return "directory/service-form";
    }

    @PostMapping({"/services/new", "/services/{id}"})
    String save(Actor actor, @PathVariable(required = false) UUID id, @ModelAttribute ServiceForm form, Model model) {
        try {
            UUID saved = editing.save(actor, id, form);
            return "redirect:/directory/editor#service-" + saved;
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("problems", e instanceof InvalidInputException i ? i.byField() : Map.of("form", e.getMessage()));
            model.addAttribute("form", form);
            model.addAttribute("serviceId", id);
            return "directory/service-form";
        }
    }

    @PostMapping("/import")
    String importFeed(Actor actor, @RequestParam(value = "feed", required = false) MultipartFile feed, Model model)
            throws IOException {
        editors.requireEditor(actor);
        if (feed == null || feed.isEmpty()) {
            model.addAttribute("problems", Map.of("feed", "Choose an Open Referral UK JSON file to import."));
            return services(actor, model);
        }
        try {
            model.addAttribute("report", imports.importFeed(actor, "upload: " + feed.getOriginalFilename(),
                    json.readTree(feed.getBytes())));
        } catch (tools.jackson.core.JacksonException e) {
            model.addAttribute("problems", Map.of("feed", "is not valid JSON: check it is an Open Referral UK feed"));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.byField());
        }
        return services(actor, model);
    }

    @ModelAttribute("statuses")
    List<ServiceStatus> statuses() {
        return List.of(ServiceStatus.values());
    }

    @ModelAttribute("capacities")
    List<CapacityStatus> capacities() {
        return List.of(CapacityStatus.values());
    }

    @ModelAttribute("categories")
    Object categories() {
        return editing.categories();
    }

    @ExceptionHandler(DirectoryPermissionException.class)
    ModelAndView refused(DirectoryPermissionException e) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.FORBIDDEN);
        page.addObject("title", "Not allowed");
        page.addObject("detail", e.getMessage());
        page.addObject("status", 403);
        return page;
    }
}
