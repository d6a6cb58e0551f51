package cn.govdisclosure.validation;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.rules.ReportUnderReview;
import cn.govdisclosure.kernel.rules.ReportUnderReview.PreviousYear;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.kernel.rules.Violation;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How fast live checking is, measured on the example report (泽州县人社局 2023): how many evaluations of the rule set
 * one thread does per second, with the latency of one evaluation at p50 and p99; and, given the URL of a running
 * service, the same for {@code POST /api/validate} calls made one after another (HTTP, JSON and the database look-up
 * of the year before included).
 *
 * <pre>
 * java -cp … cn.govdisclosure.validation.LiveCheckBenchmark [evaluations] [http://localhost:8082 [requests]]
 * </pre>
 *
 * Not a test: nothing asserts a speed, because build machines differ. It is a main so that the figures can be taken
 * on the machine that matters. The first measured round follows a warm-up of the same size, for the JIT.
 */
public final class LiveCheckBenchmark {

    private static final ReportFormat FORMAT = ReportFormats.FORMAT_2021;
    private static final String CREDIT_CODE = SubmissionFixtures.agency(99);

    private LiveCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int evaluations = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        ReportUnderReview figuresOnly = ReportUnderReview.draft(FORMAT, 2023,
                KernelFixtures.zezhouContent2023(FORMAT));
        ReportUnderReview asFiled = new ReportUnderReview(FORMAT, 2023, KernelFixtures.ZEZHOU_REGION_CODE,
                SubmissionFixtures.exampleContent(), null, null)
                .withPreviousYear(new PreviousYear(2022, FORMAT, new ReportContent(
                        SubmissionFixtures.figures2022CarryingForward(3), Map.of())));
        System.out.printf("Rule set %s, %d rules, %s, %d warm-up + %d measured evaluations each%n",
                RuleSet.VERSION, RuleSet.rules().size(), Runtime.version(), evaluations, evaluations);
        measure("example report, figures only     ", evaluations, () -> RuleSet.evaluate(figuresOnly));
        measure("example report, narrative, 2022  ", evaluations, () -> RuleSet.evaluate(asFiled));
        if (args.length > 1) {
            overHttp(URI.create(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5_000);
        }
    }

    private static void measure(String name, int count, Supplier<List<Violation>> evaluation) {
        long violations = 0;
        for (int i = 0; i < count; i++) {
            violations += evaluation.get().size();
        }
        long[] nanos = new long[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long before = System.nanoTime();
            violations += evaluation.get().size();
            nanos[i] = System.nanoTime() - before;
        }
        report(name, nanos, System.nanoTime() - start, "evaluations");
        if (violations == 0) {
            System.out.println("(no violations found, which the example report should have)");
        }
    }

    /** Sequential requests, one connection: the latency a form sees, not the capacity of the service. */
    private static void overHttp(URI service, int count) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI validate = service.resolve("/api/validate");
        load(client, service);
        HttpRequest request = HttpRequest.newBuilder(validate).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(liveCheckBody())).build();
        for (int i = 0; i < count; i++) {
            send(client, request);
        }
        long[] nanos = new long[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long before = System.nanoTime();
            send(client, request);
            nanos[i] = System.nanoTime() - before;
        }
        report("POST " + validate, nanos, System.nanoTime() - start, "requests");
    }

    /** The agency's 2022 report, so that each check also reads the year before from the database. */
    private static void load(HttpClient client, URI service) throws Exception {
        String body = "{\"figures\":" + json(SubmissionFixtures.figures2022CarryingForward(3)) + "}";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        service.resolve("/api/history/" + CREDIT_CODE + "/2022"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 409) {
            throw new IllegalStateException("Loading the year before failed: " + response.body());
        }
    }

    private static void send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST /api/validate answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static String liveCheckBody() {
        ReportContent content = SubmissionFixtures.exampleContent();
        return "{\"year\":2023,\"creditCode\":\"" + CREDIT_CODE + "\",\"regionCode\":\""
                + KernelFixtures.ZEZHOU_REGION_CODE + "\",\"figures\":" + json(content.figures())
                + ",\"sections\":" + texts(content.sections()) + ",\"explanations\":"
                + texts(content.explanations()) + "}";
    }

    private static String json(Map<String, BigDecimal> figures) {
        return figures.entrySet().stream().map(figure -> "\"" + figure.getKey() + "\":"
                + figure.getValue().toPlainString()).collect(Collectors.joining(",", "{", "}"));
    }

    private static String texts(Map<String, String> texts) {
        return texts.entrySet().stream().map(text -> "\"" + text.getKey() + "\":\"" + text.getValue()
                .replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(",", "{", "}"));
    }

    private static void report(String name, long[] nanos, long totalNanos, String unit) {
        Arrays.sort(nanos);
        System.out.printf("%s %,10.0f %s/s   p50 %8.1f µs   p99 %8.1f µs   max %9.1f µs%n", name,
                nanos.length / (totalNanos / 1e9), unit, percentile(nanos, 0.50) / 1e3, percentile(nanos, 0.99) / 1e3,
                nanos[nanos.length - 1] / 1e3);
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }
}
