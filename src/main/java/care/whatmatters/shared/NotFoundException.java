package care.whatmatters.shared;

/** The thing asked for does not exist (or has been voided). Answered as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
