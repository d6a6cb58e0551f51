package cn.govdisclosure.loadgenerator;

/**
 * Told what each agency's filing does, as it happens, from the filing threads (implementations must be
 * thread-safe). Every method has a default that ignores it.
 */
public interface FilingListener {

    FilingListener NONE = new FilingListener() {
    };

    /**
     * One HTTP attempt ended: the call's name (see {@link AgencyFiling}), how long it took and the status it got,
     * 0 when no answer came (connection refused, timeout).
     */
    default void called(String call, long nanos, int status) {
    }

    /** A command the submission service accepted (create, figures, section, explanation, submit, approve). */
    default void commandAccepted(String call) {
    }

    /** An accepted figure change touched this many cells. */
    default void figuresChanged(int cells) {
    }

    /** The report is public, this long after its last sign-off sent it to validation. */
    default void published(String reportId, long submitToPublishedNanos) {
    }
}
