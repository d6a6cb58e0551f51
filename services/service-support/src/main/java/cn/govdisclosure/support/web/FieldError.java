package cn.govdisclosure.support.web;

/** One offending field of a request: its JSON path (e.g. {@code changes.s3.received.total}) and what is wrong. */
public record FieldError(String field, String message) {
}
