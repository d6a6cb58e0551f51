package cn.govdisclosure.submission.workspace.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the browser finds the other services: the validation service's public live check, which the form calls as
 * the clerk types (it knows the agency's published previous years, so the cross-year rules are checked as they will
 * be on submission), and the publication service's portal, which the dashboard links to.
 *
 * @param validationUrl  base URL of the validation service as the browser reaches it
 * @param publicationUrl base URL of the publication service as the browser reaches it
 */
@ConfigurationProperties("workspace")
public record WorkspaceProperties(@DefaultValue("http://localhost:8082") String validationUrl,
                                  @DefaultValue("http://localhost:8083") String publicationUrl) {

    public WorkspaceProperties {
        validationUrl = withoutTrailingSlash(validationUrl);
        publicationUrl = withoutTrailingSlash(publicationUrl);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
