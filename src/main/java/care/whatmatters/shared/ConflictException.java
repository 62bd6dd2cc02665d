package care.whatmatters.shared;

/**
 * The request is well formed but clashes with the current state: a plan that is not in a state that
 * allows the change, a duplicate NHS number. Answered as 409 with the message.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
