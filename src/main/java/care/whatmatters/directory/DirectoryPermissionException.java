package care.whatmatters.directory;

/** The actor may not change this part of the directory (answered as 403). No personal data is involved. */
public class DirectoryPermissionException extends RuntimeException {

    public DirectoryPermissionException(String message) {
        super(message);
    }
}
