package cn.govdisclosure.publication.query;

import cn.govdisclosure.publication.config.PublicationProperties;
import org.springframework.stereotype.Component;

/** Where a publication can be read: the portal page of each version has a stable address. */
@Component
public class PortalLinks {

    private final String publicBaseUrl;

    PortalLinks(PublicationProperties properties) {
        this.publicBaseUrl = properties.publicBaseUrl();
    }

    /** The address readers are given, e.g. in {@code ReportPublishedEvent}. */
    public String url(String creditCode, int year, int version) {
        return publicBaseUrl + path(creditCode, year, version);
    }

    /** The address of the latest version of a report on this service. */
    public static String latestPath(String creditCode, int year) {
        return "/portal/reports/" + creditCode + "/" + year;
    }

    /** The address on this service, for links between the portal's own pages. */
    public static String path(String creditCode, int year, int version) {
        return "/portal/reports/" + creditCode + "/" + year + "/v" + version;
    }
}
