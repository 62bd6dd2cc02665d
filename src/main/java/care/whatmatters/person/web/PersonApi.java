package care.whatmatters.person.web;

import care.whatmatters.access.Actor;
import care.whatmatters.person.PersonDetails;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.PersonView;
import care.whatmatters.person.domain.Person;
import care.whatmatters.shared.NhsNumber;
import care.whatmatters.shared.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "People", description = "Registering people and their demographics")
class PersonApi {

    private final PersonRegister register;

    PersonApi(PersonRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Find people by NHS number",
            description = "Answers the people with this NHS number whom the caller may see (an empty list otherwise).")
    List<PersonView> find(Actor actor, @RequestParam String nhsNumber) {
        return register.findByNhsNumber(actor, NhsNumber.parse(nhsNumber)).stream().map(PersonView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Register a person",
            description = "The practitioner who registers the person joins their care team.")
    ResponseEntity<PersonView> register(Actor actor, @RequestBody PersonDetails details) {
        Person person = register.register(actor, details);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + person.id())).body(PersonView.of(person));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A person's demographics")
    PersonView read(Actor actor, @PathVariable UUID id) {
        return PersonView.of(register.read(actor, new PersonId(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a person's demographics")
    PersonView update(Actor actor, @PathVariable UUID id, @RequestBody PersonDetails details) {
        return PersonView.of(register.updateDemographics(actor, new PersonId(id), details));
    }

    @PostMapping("/{id}/void")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Void a person record with a reason (for example a duplicate); it is kept, not deleted")
    void voidRecord(Actor actor, @PathVariable UUID id, @RequestBody Reason reason) {
        register.voidRecord(actor, new PersonId(id), reason == null ? null : reason.reason());
    }

    record Reason(String reason) {
    }
}
