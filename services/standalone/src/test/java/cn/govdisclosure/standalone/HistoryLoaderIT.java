package cn.govdisclosure.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.parser.ReportParser;
import cn.govdisclosure.historyloader.HistoryLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader against a running system: a folder of several agencies' past reports, one of them unusable. */
class HistoryLoaderIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDirectory;
    static StandaloneSystem system;
    static StandaloneSettings settings;

    @BeforeAll
    static void startSystem() throws IOException {
        settings = new StandaloneSettings(dataDirectory.resolve("data"), freePort(), freePort(), freePort(),
                freePort(), freePort());
        system = StandaloneSystem.start(settings);
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    @Test
    void loadsAFolderOfPastReportsAndSaysWhatFailed(@TempDir Path folder) throws Exception {
        String zezhou = creditCode("001234567");
        String other = creditCode("000000077");
        copy("zezhou-hrss-2023.txt", folder.resolve(zezhou + "-2023.txt"));
        Files.createDirectories(folder.resolve(other));
        copy("trial-format-2019.txt", folder.resolve(other).resolve("2019年报.txt"));
        copy("zezhou-hrss-2023.txt", folder.resolve("no-agency-named-here.txt"));
        Files.writeString(folder.resolve(other + "-2022.pdf"), "%PDF-1.7 truncated");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = HistoryLoader.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                folder.toString(), "--submission-url=" + settings.submissionUrl(),
                "--validation-url=" + settings.validationUrl(), "--username=" + StandaloneSystem.ADMIN,
                "--password=" + system.adminPassword(), "--threads=3");

        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(summary).startsWith("4 documents: 0 loaded, 2 loaded with notes, 2 failed");
        assertThat(summary).contains("no-agency-named-here.txt: 文件名或所在目录中没有有效的统一社会信用代码");
        assertThat(summary).contains(other + "-2022.pdf");
        JsonNode loaded = history(zezhou, 2023);
        assertThat(loaded.get("source").asText()).isEqualTo("LOADED");
        assertThat(figures(loaded.get("figures"))).isEqualTo(parsed("zezhou-hrss-2023.txt")).hasSize(199);
        assertThat(history(other, 2019).get("formatId").asText()).isEqualTo("2019");
    }

    private static JsonNode history(String creditCode, int year) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        settings.validationUrl() + "/api/history/" + creditCode + "/" + year))
                .header("Authorization", "Bearer " + token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static String token() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        settings.submissionUrl() + "/api/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("username", "admin")
                        .put("password", system.adminPassword()).toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("token").asText();
    }

    private static Map<String, BigDecimal> parsed(String resource) throws IOException {
        try (InputStream in = HistoryLoaderIT.class.getResourceAsStream(path(resource))) {
            Map<String, BigDecimal> figures = new HashMap<>();
            new ReportParser().parse(in.readAllBytes(), resource).figures()
                    .forEach((cell, value) -> figures.put(cell, value.stripTrailingZeros()));
            return figures;
        }
    }

    private static Map<String, BigDecimal> figures(JsonNode node) {
        Map<String, BigDecimal> figures = new HashMap<>();
        node.fields().forEachRemaining(field -> figures.put(field.getKey(),
                field.getValue().decimalValue().stripTrailingZeros()));
        return figures;
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = HistoryLoaderIT.class.getResourceAsStream(path(resource))) {
            Files.copy(in, target);
        }
    }

    /** The example report is the demo's own copy; other documents are test resources. */
    private static String path(String resource) {
        return resource.startsWith("zezhou") ? "/demo/" + resource : "/reports/" + resource;
    }

    private static String creditCode(String serial) {
        String first17 = "11140525" + serial;
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
