package cn.govdisclosure.submission.report.web;

import cn.govdisclosure.support.web.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * Optimistic concurrency over HTTP: a report is sent with its version as a strong ETag ({@code "12"}); a change
 * sent with that value in {@code If-Match} applies only if the report is still at that version, otherwise the user
 * gets 409 and reloads. Without {@code If-Match} (or with {@code *}) changes apply one after the other.
 */
final class ReportVersionHeaders {

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private ReportVersionHeaders() {
    }

    static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names, null when there is none or it is {@code *}. */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidInputException(HttpHeaders.IF_MATCH,
                    "If-Match 应为读取报告时得到的 ETag，例如 \"12\"");
        }
        return Long.valueOf(matcher.group(1));
    }
}
