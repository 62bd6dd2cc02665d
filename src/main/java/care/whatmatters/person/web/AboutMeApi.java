package care.whatmatters.person.web;

import care.whatmatters.access.Actor;
import care.whatmatters.person.AboutMeRecord;
import care.whatmatters.person.AboutMeView;
import care.whatmatters.person.domain.AboutMe;
import care.whatmatters.person.domain.AboutMeVersion;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.VersionPrecondition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/persons/{id}/about-me")
@Tag(name = "About Me", description = "The PRSB About Me elements, written with or by the person")
class AboutMeApi {

    private static final AboutMeView NOTHING_YET = new AboutMeView(0, null, null, null, null, null, null, null, null,
            null, null, false, null);

    private final AboutMeRecord aboutMe;

    AboutMeApi(AboutMeRecord aboutMe) {
        this.aboutMe = aboutMe;
    }

    @GetMapping
    @Operation(summary = "The current About Me", description = "Version 0 with no elements when none is written yet. "
            + "The ETag is the version a change must be based on.")
    ResponseEntity<AboutMeView> read(Actor actor, @PathVariable UUID id) {
        AboutMeView view = aboutMe.read(actor, new PersonId(id)).map(AboutMeView::of).orElse(NOTHING_YET);
        return ResponseEntity.ok().eTag(VersionPrecondition.etag(view.version())).body(view);
    }

    @PutMapping
    @Operation(summary = "Save a new version of About Me",
            description = "Send If-Match with the version you started from; a stale version gets 409.")
    ResponseEntity<AboutMeView> save(Actor actor, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AboutMe written) {
        long basedOn = VersionPrecondition.required(ifMatch);
        if (written == null) {
            throw InvalidInputException.of("body", "must hold the About Me elements");
        }
        AboutMeVersion saved = aboutMe.save(actor, new PersonId(id), basedOn, written);
        return ResponseEntity.ok().eTag(VersionPrecondition.etag(saved.version())).body(AboutMeView.of(saved));
    }

    @GetMapping("/history")
    @Operation(summary = "Every saved version of About Me, newest first")
    List<AboutMeView> history(Actor actor, @PathVariable UUID id) {
        return aboutMe.history(actor, new PersonId(id)).stream().map(AboutMeView::of).toList();
    }
}
