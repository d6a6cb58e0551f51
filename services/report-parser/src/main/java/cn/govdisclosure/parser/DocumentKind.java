package cn.govdisclosure.parser;

/** How a report document was written down; decided from its content, the file name only breaking ties. */
public enum DocumentKind {
    /** Plain text, tables as tab-separated (or markdown pipe) lines, as reports are copied out of web pages. */
    TEXT,
    /** A web page as government sites publish it. */
    HTML,
    /** A Word document (Office Open XML). */
    DOCX,
    /** A PDF, read through its text layer. */
    PDF
}
