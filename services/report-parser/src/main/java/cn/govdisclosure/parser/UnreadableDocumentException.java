package cn.govdisclosure.parser;

/** The document is of a kind the parser cannot read at all (a legacy .doc, a corrupt file, a PDF without text). */
public class UnreadableDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
