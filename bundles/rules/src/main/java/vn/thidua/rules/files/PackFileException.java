package vn.thidua.rules.files;

/** A descriptor file that cannot be written or removed as asked; nothing was changed. */
public final class PackFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Not a safe descriptor file name in the folder (a path, a hidden name, another extension …). */
        INVALID_NAME,
        /** A safe name, but not the one of the pack's id ({@link RulePackFiles#fileName(String)}). */
        NAME_MISMATCH,
        /** The descriptor has more bytes than {@link RulePackFiles#maxPackBytes()}. */
        TOO_LARGE,
        /** The folder has no file of that name. */
        NOT_FOUND
    }

    private final Reason reason;

    public PackFileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
