package cn.govdisclosure.transparency;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Just enough JSON for the proof and leaf files, so that the verifier needs nothing but the JDK: a reader of
 * objects, arrays, strings, integers, booleans and null, and writers for base64 arrays and strings.
 */
final class Json {

    private final String text;
    private int position;

    private Json(String text) {
        this.text = text;
    }

    static Map<String, Object> object(String text) {
        Json json = new Json(text);
        Object value = json.value();
        json.skipWhitespace();
        if (json.position != text.length() || !(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("Not a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        return object;
    }

    static long number(Map<String, Object> json, String name) {
        if (json.get(name) instanceof Long number) {
            return number;
        }
        throw new IllegalArgumentException("\"" + name + "\" must be an integer");
    }

    static String string(Map<String, Object> json, String name) {
        if (json.get(name) instanceof String string) {
            return string;
        }
        throw new IllegalArgumentException("\"" + name + "\" must be a string");
    }

    static List<byte[]> base64List(Map<String, Object> json, String name) {
        if (!(json.get(name) instanceof List<?> list)) {
            throw new IllegalArgumentException("\"" + name + "\" must be an array");
        }
        List<byte[]> hashes = new ArrayList<>();
        for (Object element : list) {
            if (!(element instanceof String string)) {
                throw new IllegalArgumentException("\"" + name + "\" must hold base64 strings");
            }
            byte[] hash = Base64.getDecoder().decode(string);
            if (hash.length != MerkleTree.HASH_SIZE) {
                throw new IllegalArgumentException("\"" + name + "\" holds a hash that is not 32 bytes");
            }
            hashes.add(hash);
        }
        return hashes;
    }

    static String base64Array(List<byte[]> values) {
        return values.stream().map(value -> "\"" + Base64.getEncoder().encodeToString(value) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private Object value() {
        skipWhitespace();
        char c = peek();
        if (c == '{') {
            return objectValue();
        }
        if (c == '[') {
            return arrayValue();
        }
        if (c == '"') {
            return stringValue();
        }
        if (c == '-' || Character.isDigit(c)) {
            return numberValue();
        }
        for (String literal : List.of("true", "false", "null")) {
            if (text.startsWith(literal, position)) {
                position += literal.length();
                return literal.equals("null") ? null : Boolean.valueOf(literal);
            }
        }
        throw error("unexpected '" + c + "'");
    }

    private Map<String, Object> objectValue() {
        Map<String, Object> object = new LinkedHashMap<>();
        expect('{');
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return object;
        }
        do {
            skipWhitespace();
            String name = stringValue();
            skipWhitespace();
            expect(':');
            object.put(name, value());
            skipWhitespace();
        } while (consume(','));
        expect('}');
        return object;
    }

    private List<Object> arrayValue() {
        List<Object> array = new ArrayList<>();
        expect('[');
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return array;
        }
        do {
            array.add(value());
            skipWhitespace();
        } while (consume(','));
        expect(']');
        return array;
    }

    private String stringValue() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (peek() != '"') {
            char c = text.charAt(position++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> out.append(escaped);
            }
        }
        position++;
        return out.toString();
    }

    private Long numberValue() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        if (position < text.length() && ".eE".indexOf(text.charAt(position)) >= 0) {
            throw error("only integers are expected");
        }
        return Long.parseLong(text.substring(start, position));
    }

    private void skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private char peek() {
        if (position >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(position);
    }

    private boolean consume(char c) {
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Malformed JSON at " + position + ": " + what);
    }
}
