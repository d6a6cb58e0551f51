package cn.govdisclosure.validation.format;

/** A format id that names neither national format; nothing can be checked against it. */
public class UnknownFormatException extends RuntimeException {

    UnknownFormatException(String formatId) {
        super("未知的报告格式：" + formatId);
    }
}
