package care.whatmatters.access;

/** The actor has no legitimate relationship with the person. Answered as 403; the attempt is audited. */
public class RecordAccessDeniedException extends RuntimeException {

    private final boolean breakGlassPossible;

    RecordAccessDeniedException(String message, boolean breakGlassPossible) {
        super(message);
        this.breakGlassPossible = breakGlassPossible;
    }

    /** Whether the actor could open this record in an emergency by giving a reason. */
    public boolean breakGlassPossible() {
        return breakGlassPossible;
    }
}
