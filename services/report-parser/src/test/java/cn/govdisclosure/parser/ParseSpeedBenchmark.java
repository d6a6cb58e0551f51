package cn.govdisclosure.parser;

import java.util.List;
import java.util.Locale;

/**
 * Measures how many documents per second one thread parses, per kind of document: the example report (text),
 * the HTML fixture, the PDF fixture and the generated Word document. Each is parsed repeatedly to warm up the JIT,
 * then timed over a fixed number of parses. Run it from the module with the test classpath, e.g.
 * {@code java -cp target/test-classes:target/classes:<dependencies> cn.govdisclosure.parser.ParseSpeedBenchmark}.
 */
public final class ParseSpeedBenchmark {

    private static final int WARM_UP_SECONDS = 5;
    private static final int MEASURED_SECONDS = 10;

    private record Sample(String name, byte[] document) {
    }

    private ParseSpeedBenchmark() {
    }

    public static void main(String[] args) {
        ReportParser parser = new ReportParser();
        List<Sample> samples = List.of(
                new Sample("text (example report)", ParserFixtures.fixture(ParserFixtures.EXAMPLE_REPORT)),
                new Sample("html (merged-cells.html)", ParserFixtures.fixture("merged-cells.html")),
                new Sample("docx (generated)", DocxFixtures.reportWithMergedCells()),
                new Sample("pdf (page-breaks.pdf)", ParserFixtures.fixture("page-breaks.pdf")));
        for (Sample sample : samples) {
            run(parser, sample, WARM_UP_SECONDS);
            Result result = run(parser, sample, MEASURED_SECONDS);
            System.out.printf(Locale.ROOT, "%-26s %8.1f documents/s  (%d parses, %.3f ms each, %d cells)%n",
                    sample.name(), result.parses() / result.seconds(), result.parses(),
                    result.seconds() * 1000 / result.parses(), result.cells());
        }
    }

    private record Result(int parses, double seconds, int cells) {
    }

    private static Result run(ReportParser parser, Sample sample, int seconds) {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        int parses = 0;
        int cells = 0;
        while (System.nanoTime() < end) {
            cells = parser.parse(sample.document(), sample.name()).cells().size();
            parses++;
        }
        return new Result(parses, (System.nanoTime() - start) / 1e9, cells);
    }
}
