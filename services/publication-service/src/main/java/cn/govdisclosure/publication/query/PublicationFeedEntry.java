package cn.govdisclosure.publication.query;

import java.time.Instant;

/** A published version as the feed announces it; {@code correctionReason} is null for a first publication. */
public record PublicationFeedEntry(String creditCode, String agencyName, int year, int version,
                                   Instant publishedAt, String url, String correctionReason) {

    public boolean correction() {
        return correctionReason != null;
    }
}
