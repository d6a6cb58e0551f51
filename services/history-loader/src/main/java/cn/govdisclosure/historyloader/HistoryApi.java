package cn.govdisclosure.historyloader;

import cn.govdisclosure.client.ApiClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;

/** The two calls the loader makes: sign in, and store one agency's report of one year as history. */
final class HistoryApi {

    private final ApiClient validation;

    private HistoryApi(ApiClient validation) {
        this.validation = validation;
    }

    static HistoryApi signIn(String submissionUrl, String validationUrl, String username, String password) {
        return new HistoryApi(ApiClient.signIn(submissionUrl, username, password).at(validationUrl));
    }

    /** Stores the report; null when stored, otherwise why not (the service's problem detail). */
    String load(String creditCode, int year, String formatId, Map<String, BigDecimal> figures,
                Map<String, String> sections) {
        ObjectNode report = ApiClient.object().put("formatId", formatId);
        report.set("figures", ApiClient.tree(figures));
        report.set("sections", ApiClient.tree(sections));
        HttpResponse<String> answer = validation.put("/api/history/" + creditCode + "/" + year, report);
        return answer.statusCode() == 200 ? null : answer.statusCode() + " " + ApiClient.problem(answer);
    }
}
