package cn.govdisclosure.support.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Problem JSON for the errors Tomcat answers itself, before any filter runs: a path with an encoded slash,
 * backslash or NUL, one that climbs above the root, bytes in the path that are not UTF-8, a request line or header
 * too large. Tomcat's own valve answers these with an HTML page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(Problems.json(status, title(status), detail(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to tell
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "请求无效";
            case 404 -> "资源不存在";
            case 408 -> "请求超时";
            case 413, 414, 431 -> "请求过大";
            default -> status < 500 ? "请求无效" : "服务器内部错误";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "请求地址或请求头格式不正确，或含有不允许的字符";
            case 404 -> "请求的地址不存在";
            case 408 -> "请求未能及时发送完毕";
            case 413, 414, 431 -> "请求地址、请求头或请求内容超过允许的大小";
            default -> status < 500 ? "服务器无法处理此请求" : "服务器处理请求时出错，请稍后重试";
        };
    }
}
