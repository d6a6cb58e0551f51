package cn.govdisclosure.parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides what kind of document the bytes are from their content: uploads arrive renamed, without extension, or
 * as a .txt that is really a saved web page. The file name is consulted only for the message when the content is
 * of a kind the parser cannot read.
 */
final class DocumentKindDetector {

    private static final int SNIFF_LENGTH = 4096;
    private static final Pattern HTML_START = Pattern.compile(
            "(?is).*?<(?:!doctype\\s+html|html|head|body|table|meta|p[\\s>]|div[\\s>]).*");

    private DocumentKindDetector() {
    }

    static DocumentKind detect(byte[] document, String fileNameOrNull) {
        if (startsWithAfterWhitespace(document, "%PDF")) {
            return DocumentKind.PDF;
        }
        if (startsWith(document, 'P', 'K', 3, 4)) {
            if (zipHolds(document, "word/document.xml")) {
                return DocumentKind.DOCX;
            }
            throw new UnreadableDocumentException("文件" + name(fileNameOrNull)
                    + "是压缩包而不是Word文档（.docx），无法读取。");
        }
        if (startsWith(document, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableDocumentException("文件" + name(fileNameOrNull)
                    + "是旧版Word（.doc）或Excel格式，请另存为.docx、PDF或网页后重新导入。");
        }
        String head = new String(document, 0, Math.min(document.length, SNIFF_LENGTH), StandardCharsets.ISO_8859_1);
        return HTML_START.matcher(head).matches() ? DocumentKind.HTML : DocumentKind.TEXT;
    }

    private static String name(String fileNameOrNull) {
        return fileNameOrNull == null ? "" : "“" + fileNameOrNull + "”";
    }

    private static boolean zipHolds(byte[] document, String entryName) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(document))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().toLowerCase(Locale.ROOT).equals(entryName)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException corrupt) {
            return false;
        }
    }

    private static boolean startsWithAfterWhitespace(byte[] document, String magic) {
        int start = 0;
        while (start < document.length && start < SNIFF_LENGTH && Character.isWhitespace(document[start])) {
            start++;
        }
        if (document.length - start < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (document[start + i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] document, int... magic) {
        if (document.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((document[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
