package cn.govdisclosure.submission;

import cn.govdisclosure.kernel.format.ReportFormats;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What a fuzzing client sends: JSON bodies of random structure with strings of any characters and numbers of any
 * size, bodies that are almost what an endpoint expects, bodies that are no JSON at all, and path or query values
 * of any characters. {@link #REPORT} and {@link #AGENCY} stand for the real report and agency of the test.
 */
final class FuzzInputs {

    static final String REPORT = "@report";
    static final String AGENCY = "@agency";

    private static final List<String> CELL_IDS = List.copyOf(ReportFormats.FORMAT_2021.cells().keySet());
    private static final List<String> HOSTILE_TEXTS = List.of("<script>alert(1)</script>",
            "'; DROP TABLE report_view; --", "${jndi:ldap://localhost/x}", "../../etc/passwd", "%00", "\u0000", "\ud800", "\u202e", "😀", "𠀀",
            " ", "null", "", "说".repeat(2_001));
    private static final List<String> HOSTILE_SEGMENTS = List.of("..", ".", "..%2F..", "%2e%2e", "%2E%2E%2F",
            "..%5C..", "%00", "%FF%FE", "%252e", "%3B", "%27%3B%20DROP%20TABLE%20report_view%3B%20--",
            "%3Cscript%3E", "%E2%80%AE", "%0D%0A", "1".repeat(3_000));

    private FuzzInputs() {
    }

    /** Any JSON value, nested up to four deep. */
    static Arbitrary<String> jsonValue() {
        return Arbitraries.recursive(FuzzInputs::scalar, inner -> Arbitraries.oneOf(array(inner), object(inner)), 0, 4);
    }

    /** An object with the fields an endpoint reads, each present or not, each of the usual type or any other. */
    static Arbitrary<String> objectWith(Map<String, Arbitrary<String>> fields) {
        List<Arbitrary<String>> members = new ArrayList<>();
        fields.forEach((name, value) -> members.add(Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just("")),
                Tuple.of(5, value.map(v -> quoted(name) + ":" + v)),
                Tuple.of(1, jsonValue().map(v -> quoted(name) + ":" + v)))));
        return Combinators.combine(members).as(parts -> "{" + String.join(",",
                parts.stream().filter(part -> !part.isEmpty()).toList()) + "}");
    }

    /** Mostly the expected shape, sometimes any JSON, sometimes no JSON. */
    static Arbitrary<String> body(Arbitrary<String> expected) {
        return Arbitraries.frequencyOf(
                Tuple.of(6, expected),
                Tuple.of(2, jsonValue()),
                Tuple.of(1, truncated(expected)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)));
    }

    static Arbitrary<String> figureChanges() {
        Arbitrary<String> cellId = Arbitraries.oneOf(Arbitraries.of(CELL_IDS), text()).map(FuzzInputs::quoted);
        Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(4, number()),
                Tuple.of(1, jsonValue()));
        return Combinators.combine(cellId, value).as((id, v) -> id + ":" + v).list().ofMaxSize(5)
                .map(members -> "{" + String.join(",", members) + "}");
    }

    static Arbitrary<String> string() {
        return text().map(FuzzInputs::quoted);
    }

    static Arbitrary<String> number() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.integers().between(-3, 1_000).map(String::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))
                        .map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf).filter(d -> !d.contains("N") && !d.contains("I")),
                Arbitraries.bigDecimals().ofScale(9).map(d -> d.toPlainString()),
                Arbitraries.of("1e400", "-1e400", "1e-400", "1E-999999999", "1e999999999", "-0", "0e0", "0.0",
                        "123456789012345678901234567890", "9".repeat(1_200), "999999999", "1000000000",
                        "0.1234567", "NaN", "Infinity", "-Infinity", "0x10", "01", "+1", ".5", "1."));
    }

    /** A path segment as it goes on the wire: any text, percent-encoded, or a hostile segment as it is. */
    static Arbitrary<String> pathSegment() {
        return Arbitraries.oneOf(
                Arbitraries.of(REPORT, AGENCY, "T3-5", "X-4", "overview", "s3.received.total"),
                Arbitraries.of(HOSTILE_SEGMENTS),
                text().filter(text -> !text.isEmpty()).map(FuzzInputs::percentEncoded));
    }

    static Arbitrary<String> queryValue() {
        return Arbitraries.oneOf(Arbitraries.of(AGENCY, "%FF", "%C0%80", "%00", "%0A"),
                text().map(FuzzInputs::percentEncoded));
    }

    /** A text body: UTF-8 text or bytes of any kind. */
    static Arbitrary<byte[]> textBody() {
        return Arbitraries.oneOf(text().map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(60));
    }

    /** Texts of any characters: short, unicode, control characters, lone surrogates, markup, SQL. */
    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMinLength(1).ofMaxLength(20),
                Arbitraries.of(HOSTILE_TEXTS));
    }

    private static Arbitrary<String> scalar() {
        return Arbitraries.oneOf(Arbitraries.of("null", "true", "false"), number(), string());
    }

    private static Arbitrary<String> array(Arbitrary<String> inner) {
        return inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
    }

    private static Arbitrary<String> object(Arbitrary<String> inner) {
        Arbitrary<String> key = Arbitraries.oneOf(string(), Arbitraries.of("changes", "reason", "creditCode", "name",
                "regionCode", "year", "comment", "levels", "roles").map(FuzzInputs::quoted));
        return Combinators.combine(key, inner).as((k, v) -> k + ":" + v).list().ofMaxSize(4)
                .map(members -> "{" + String.join(",", members) + "}");
    }

    private static Arbitrary<String> truncated(Arbitrary<String> json) {
        return Combinators.combine(json, Arbitraries.doubles().between(0, 1))
                .as((text, cut) -> text.substring(0, (int) (text.length() * cut)));
    }

    /** A JSON string literal; surrogates are escaped, so that a lone one survives the trip as UTF-8. */
    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append(String.format("%%%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
