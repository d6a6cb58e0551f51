package cn.govdisclosure.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text or HTML document into text. Most reports are UTF-8; older county sites still serve
 * GB2312/GBK pages, which GB18030 reads as a superset. UTF-8 is tried strictly first because GB18030 accepts
 * nearly any byte sequence and would turn a UTF-8 file into plausible-looking nonsense.
 */
record TextDecoding(String text, Charset charset) {

    static final Charset GB18030 = Charset.forName("GB18030");

    static TextDecoding of(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new TextDecoding(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new TextDecoding(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new TextDecoding(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new TextDecoding(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new TextDecoding(new String(bytes, GB18030), GB18030);
        }
    }

    boolean isUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    /** A note for the agency when the text was not UTF-8, since a wrong guess would garble every label. */
    ParseNote noteIfNotUtf8() {
        if (isUtf8()) {
            return null;
        }
        return new ParseNote(ParseNote.Kind.TEXT_DECODED, "document",
                "文件不是UTF-8编码，已按" + (charset.equals(GB18030) ? "GB18030（兼容GBK、GB2312）" : charset.name())
                        + "读取；如有乱码请另存为UTF-8后重新导入。", Location.UNKNOWN);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
