package cn.govdisclosure.loadgenerator;

/** A filing step got an answer it cannot go on from, or none at all in time. */
public class FilingFailedException extends RuntimeException {

    public FilingFailedException(String message) {
        super(message);
    }

    public FilingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
