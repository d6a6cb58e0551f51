package cn.govdisclosure.publication.command;

import cn.govdisclosure.kernel.report.ReportContent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the transparency log records of one published version. Its canonical bytes, the leaf of the Merkle tree, are
 * UTF-8 lines, each ending in a line feed:
 * <pre>
 * govdisclosure-published-version/1
 * creditCode 11140525001234567U
 * year 2023
 * version 2
 * reportId 11140525001234567U-2023
 * publishedAt 2024-01-24T08:00:00.123456Z
 * contentSha256 &lt;hex&gt;
 * auditHeadHash &lt;hex, or - when the acceptance carried none&gt;
 * </pre>
 * {@code contentSha256} is the SHA-256 of {@link #canonicalContentJson(ReportContent)}, so that anyone can recompute
 * it from the published figures and sections.
 */
public record PublishedVersionLeaf(String creditCode, int year, int version, String reportId, Instant publishedAt,
                                   String contentSha256, String auditHeadHash) {

    static final String FORMAT = "govdisclosure-published-version/1";

    public PublishedVersionLeaf {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(contentSha256, "contentSha256");
    }

    static PublishedVersionLeaf of(PublishReportCommand command, int version, Instant publishedAt) {
        return new PublishedVersionLeaf(command.creditCode(), command.year(), version, command.reportId(),
                publishedAt, HexFormat.of().formatHex(sha256(canonicalContentJson(command.content()))),
                command.auditHeadHash());
    }

    public byte[] bytes() {
        return (FORMAT + "\n"
                + "creditCode " + creditCode + "\n"
                + "year " + year + "\n"
                + "version " + version + "\n"
                + "reportId " + reportId + "\n"
                + "publishedAt " + publishedAt + "\n"
                + "contentSha256 " + contentSha256 + "\n"
                + "auditHeadHash " + (auditHeadHash == null ? "-" : auditHeadHash) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code {"figures":{…},"sections":{…}}} without whitespace, keys in code-unit order, figures as plain decimals
     * without trailing zeros ({@code 3}, {@code 0}, {@code 12.5}), strings with only {@code "}, {@code \} and control
     * characters escaped ({@code \"}, {@code \\}, {@code \n}, {@code \r}, {@code \t}, else {@code \}{@code u00XX}),
     * everything else as UTF-8.
     */
    public static byte[] canonicalContentJson(ReportContent content) {
        String json = "{\"figures\":" + object(content.figures(), PublishedVersionLeaf::number)
                + ",\"sections\":" + object(content.sections(), PublishedVersionLeaf::string) + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static <V> String object(Map<String, V> values, Function<V, String> encode) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(values).forEach((key, value) -> json.append(json.length() > 1 ? "," : "")
                .append(string(key)).append(':').append(encode.apply(value)));
        return json.append('}').toString();
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String string(String value) {
        StringBuilder json = new StringBuilder("\"");
        value.chars().forEach(c -> json.append(switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c);
        }));
        return json.append('"').toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
