package cn.govdisclosure.submission.web;

import cn.govdisclosure.support.web.InvalidInputException;

/**
 * Who is acting. Until accounts exist (issue 4) the client names the user in the {@code X-User} header; every
 * command and so every event in the audit trail carries it.
 */
public final class ActingUser {

    public static final String HEADER = "X-User";
    private static final int MAX_LENGTH = 64;

    private ActingUser() {
    }

    public static String from(String header) {
        if (header == null || header.isBlank()) {
            throw new InvalidInputException(HEADER, "请在请求头 X-User 中注明操作人");
        }
        if (header.strip().length() > MAX_LENGTH) {
            throw new InvalidInputException(HEADER, "操作人名称不能超过" + MAX_LENGTH + "个字符");
        }
        return header.strip();
    }
}
