package cn.govdisclosure.support.web;

import cn.govdisclosure.support.messaging.Transience;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error answer is RFC 7807 problem JSON ({@code application/problem+json}) with a Chinese {@code detail}
 * for the agency, and, where a field is at fault, {@code field} and {@code errors} naming it.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    /** What a client is told while the database or the broker is unavailable, and when to try again (seconds). */
    public static final String UNAVAILABLE_TITLE = "服务暂时不可用";
    public static final String UNAVAILABLE_DETAIL = "数据库或消息服务暂时不可用，请稍后重试";
    public static final String UNAVAILABLE_RETRY_AFTER = "2";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException exception) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "请求数据无效", exception.getMessage());
        problem.setProperty("field", exception.errors().get(0).field());
        problem.setProperty("errors", exception.errors());
        return problem;
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ProblemDetail notFound(ResourceNotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, "资源不存在", exception.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException exception) {
        return problem(HttpStatus.CONFLICT, "与当前状态冲突", exception.getMessage());
    }

    /**
     * A query string Tomcat cannot decode (bytes that are not UTF-8, a lone {@code %}): it throws when the
     * parameter is first read, which is in argument resolution, long after the filters.
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ProblemDetail undecodableParameters(org.apache.tomcat.util.http.InvalidParameterException exception) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "请求数据无效", "请求参数不是有效的UTF-8文本");
        problem.setProperty("field", "query");
        problem.setProperty("errors", List.of(new FieldError("query", problem.getDetail())));
        return problem;
    }

    /**
     * Anything unforeseen: logged with its stack trace for the operators, answered as problem JSON without internal
     * details. Authentication and authorisation failures are left to Spring Security, which answers 401 and 403.
     * The database or the broker being gone for the moment (restarting, unreachable) is no fault of the service:
     * 503 with {@code Retry-After}, so that a client waits and sends the request again.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) throws Exception {
        if (exception instanceof org.springframework.security.access.AccessDeniedException
                || exception instanceof org.springframework.security.core.AuthenticationException) {
            throw exception;
        }
        if (Transience.isTransient(exception)) {
            log.warn("Answering 503, infrastructure unavailable: {}", Transience.rootCause(exception).toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_AFTER)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_TITLE, UNAVAILABLE_DETAIL));
        }
        log.error("Unexpected failure answering a request", exception);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误", "服务器处理请求时出错，请稍后重试"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (causedBy(exception, RequestLimitsFilter.BodyTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, "请求过大", "请求内容超过允许的大小"));
        }
        String detail = causedBy(exception, java.nio.charset.CharacterCodingException.class)
                ? "正文不是有效的UTF-8文本" : "请求体不是有效的JSON，或字段类型不符";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "请求数据无效", detail);
        problem.setProperty("errors", List.of(new FieldError("body", problem.getDetail())));
        problem.setProperty("field", "body");
        return ResponseEntity.badRequest().body(problem);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
