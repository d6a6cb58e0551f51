package cn.govdisclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Asking for a report nobody published. */
class UnknownReportIT extends RunningPublicationService {

    private static final String NOBODY = PublicationFixtures.agency(9);

    @Test
    void answersTheApiWithProblemJson() {
        http().get().uri("/api/published/{creditCode}/2023", NOBODY).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("资源不存在")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(NOBODY, "2023年度", "尚未公开"));
    }

    @Test
    void answersThePortalWithAReadablePage() {
        String html = http().get().uri("/portal/reports/{creditCode}/2023/v1", NOBODY).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();

        Document page = Jsoup.parse(html);
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.select("h1").text()).isEqualTo("未找到报告");
        assertThat(page.select(".message").text()).contains(NOBODY, "没有第1版");
    }
}
