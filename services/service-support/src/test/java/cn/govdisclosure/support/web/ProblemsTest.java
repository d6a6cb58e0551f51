package cn.govdisclosure.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemsTest {

    @Test
    void writesProblemJsonWithItsLength() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Problems.write(response, HttpStatus.CONFLICT, "请求仍在处理中", "请稍后重试");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("title").asString()).isEqualTo("请求仍在处理中");
        assertThat(problem.get("status").asInt()).isEqualTo(409);
    }

    @Test
    void anyTextInTheDetailStaysValidJson() throws Exception {
        String detail = "报告 \"x\\y\" 不存在\u0000\n\t\u001b\ud800";
        MockHttpServletResponse response = new MockHttpServletResponse();

        Problems.write(response, HttpStatus.NOT_FOUND, "资源不存在", detail);

        JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
    }
}
