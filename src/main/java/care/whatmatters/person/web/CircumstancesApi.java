package care.whatmatters.person.web;

import care.whatmatters.access.Actor;
import care.whatmatters.person.DigitalInclusionAnswers;
import care.whatmatters.person.DigitalInclusionView;
import care.whatmatters.person.PersonalCircumstances;
import care.whatmatters.person.domain.Representative;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/persons/{id}")
@Tag(name = "Circumstances", description = "Representatives, carers and digital inclusion")
class CircumstancesApi {

    private final PersonalCircumstances circumstances;

    CircumstancesApi(PersonalCircumstances circumstances) {
        this.circumstances = circumstances;
    }

    @GetMapping("/representatives")
    @Operation(summary = "The representatives and carers the person has named")
    List<Representative> representatives(Actor actor, @PathVariable UUID id) {
        return circumstances.representatives(actor, new PersonId(id));
    }

    @PostMapping("/representatives")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a representative or carer")
    Representative add(Actor actor, @PathVariable UUID id, @RequestBody NewRepresentative r) {
        if (r == null) {
            throw InvalidInputException.of("body", "must describe the representative");
        }
        return circumstances.addRepresentative(actor, new PersonId(id), r.name(), r.relationship(), r.contact(),
                Boolean.TRUE.equals(r.carer()), Boolean.TRUE.equals(r.legalAuthority()));
    }

    @PostMapping("/representatives/{representativeId}/void")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Void a representative with a reason")
    void voidRepresentative(Actor actor, @PathVariable UUID id, @PathVariable UUID representativeId,
            @RequestBody PersonApi.Reason reason) {
        circumstances.voidRepresentative(actor, new PersonId(id), representativeId,
                reason == null ? null : reason.reason());
    }

    @GetMapping("/digital-inclusion")
    @Operation(summary = "The latest digital inclusion assessment")
    DigitalInclusionView digitalInclusion(Actor actor, @PathVariable UUID id) {
        return circumstances.digitalInclusion(actor, new PersonId(id)).map(DigitalInclusionView::of)
                .orElseThrow(() -> new NotFoundException("No digital inclusion assessment is recorded yet."));
    }

    @PutMapping("/digital-inclusion")
    @Operation(summary = "Record a digital inclusion assessment",
            description = "skills NONE|BASIC|CONFIDENT, confidence LOW|MEDIUM|HIGH, deviceAccess NONE|SHARED|OWN, "
                    + "internetAccess NONE|LIMITED|RELIABLE")
    DigitalInclusionView recordDigitalInclusion(Actor actor, @PathVariable UUID id,
            @RequestBody DigitalInclusionAnswers answers) {
        if (answers == null) {
            throw InvalidInputException.of("body", "must hold the answers");
        }
        return DigitalInclusionView.of(circumstances.recordDigitalInclusion(actor, new PersonId(id), answers));
    }

    record NewRepresentative(String name, String relationship, String contact, Boolean carer, Boolean legalAuthority) {
    }
}
