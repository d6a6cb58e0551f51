package cn.govdisclosure.support.web;

/**
 * What free text from a request (names, reasons, narratives, explanations) may contain before it is stored: any
 * Unicode text with tabs and line breaks, but no other control characters, which no agency types and PostgreSQL
 * partly cannot store (U+0000), and no unpaired surrogates, which are no characters at all and cannot be written as
 * UTF-8.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Why the text may not be stored (in Chinese, to follow the field's name), or null when it may. */
    public static String problemWith(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "含有无效的Unicode字符（不成对的代理项 U+%04X）".formatted((int) c);
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "含有不允许的控制字符 U+%04X".formatted((int) c);
            }
        }
        return null;
    }

    /**
     * Refuses the text with a 400 naming the field, unless it may be stored.
     *
     * @param field the field's JSON path, as {@link FieldError} names it
     * @param label how the agency calls the field, e.g. 修改原因
     */
    public static void require(String field, String label, String text) {
        String problem = problemWith(text);
        if (problem != null) {
            throw new InvalidInputException(field, label + problem);
        }
    }
}
