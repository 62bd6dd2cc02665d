package care.whatmatters.decision.domain;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.util.Optional;
import java.util.UUID;

/**
 * A shared decision on the person's record (NICE NG197; BRAN). Life cycle: the conversation is recorded with
 * its options (DISCUSSING), then the decision is made (DECIDED), which may be to do nothing. Once decided,
 * the person reads a plain-English summary and may say "this is not what I decided": the flag stays open
 * for the team until answered. A decision may be made again (after a flag, say); the earlier one is kept in
 * the audit trail and the stamps.
 *
 * @param planAction the plan action this decision carries out or created, if any
 */
public record SharedDecision(UUID id, PersonId person, DecisionDraft draft, Status status, UUID chosenOption,
        String reasons, Stamp decided, DecisionFlag flag, UUID planAction, Stamp created, long version) {

    public enum Status { DISCUSSING, DECIDED }

    public static SharedDecision record(UUID id, PersonId person, DecisionDraft draft, Stamp stamp) {
        InputCheck check = new InputCheck();
        draft.check(check);
        check.orThrow();
        return new SharedDecision(id, person, draft, Status.DISCUSSING, null, null, null, null, null, stamp, 1);
    }

    /** Records the decision the person made: one of the options considered, which may be doing nothing. */
    public SharedDecision decide(UUID option, String why, Stamp stamp) {
        FreeText.optional("reasons", why, FreeText.LONG);
        if (option == null) {
            throw InvalidInputException.of("chosenOption", "is required: which option did the person choose?");
        }
        option(option);
        return new SharedDecision(id, person, draft, Status.DECIDED, option, why, stamp, null, planAction, created,
                version);
    }

    public SharedDecision flaggedNotMine(String words, Stamp stamp) {
        String text = FreeText.required("words", words, FreeText.LONG);
        if (status != Status.DECIDED) {
            throw new ConflictException("No decision has been recorded yet, so there is nothing to disagree with.");
        }
        return withFlag(new DecisionFlag(text, stamp.by(), stamp.at(), null, null, null));
    }

    public SharedDecision flagAnswered(String response, Stamp stamp) {
        String text = FreeText.required("response", response, FreeText.LONG);
        if (flag == null || !flag.open()) {
            throw new ConflictException("There is no open flag on this decision to answer.");
        }
        return withFlag(new DecisionFlag(flag.words(), flag.raisedBy(), flag.raisedAt(), text, stamp.by(), stamp.at()));
    }

    public SharedDecision linkedTo(UUID action) {
        return new SharedDecision(id, person, draft, status, chosenOption, reasons, decided, flag, action, created,
                version);
    }

    public DecisionOption option(UUID optionId) {
        return draft.options().stream().filter(o -> o.id().equals(optionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("This decision has no option with that id."));
    }

    public Optional<DecisionOption> chosen() {
        return chosenOption == null ? Optional.empty() : Optional.of(option(chosenOption));
    }

    public boolean flaggedByPerson() {
        return flag != null && flag.open();
    }

    private SharedDecision withFlag(DecisionFlag newFlag) {
        return new SharedDecision(id, person, draft, status, chosenOption, reasons, decided, newFlag, planAction,
                created, version);
    }
}
