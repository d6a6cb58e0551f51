package cn.govdisclosure.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/** The fixture documents under src/test/resources/fixtures, and ways to look at a parse in domain terms. */
final class ParserFixtures {

    static final String EXAMPLE_REPORT = "zezhou-hrss-2023.txt";
    static final String EXAMPLE_AGENCY = "泽州县人力资源和社会保障局";

    private static final ReportParser PARSER = new ReportParser();

    private ParserFixtures() {
    }

    static byte[] fixture(String name) {
        try (InputStream in = ParserFixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseResult parseFixture(String name) {
        return PARSER.parse(fixture(name), name);
    }

    static ParseResult parse(byte[] document) {
        return PARSER.parse(document, null);
    }

    /** The cells of one table (prefix s2, s3, s4) as id → value. */
    static Map<String, BigDecimal> figuresOf(ParseResult result, String tablePrefix) {
        return result.cells().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(tablePrefix + "."))
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().value()));
    }
}
