package care.whatmatters.platform.web;

/** Copies of exceptions fit for the log: the types and stack frames kept, every message dropped. */
final class LogSafe {

    private LogSafe() {
    }

    static Throwable withoutMessages(Throwable original) {
        Throwable cause = original.getCause() == null || original.getCause() == original ? null
                : withoutMessages(original.getCause());
        Throwable copy = new Throwable(original.getClass().getName(), cause);
        copy.setStackTrace(original.getStackTrace());
        return copy;
    }
}
