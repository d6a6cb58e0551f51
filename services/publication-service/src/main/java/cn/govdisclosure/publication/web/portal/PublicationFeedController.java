package cn.govdisclosure.publication.web.portal;

import cn.govdisclosure.publication.query.PublicationFeedEntry;
import cn.govdisclosure.publication.query.PublishedReportQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The Atom feed of publications and corrections, for readers and aggregators that follow the portal. */
@RestController
class PublicationFeedController {

    static final int ENTRIES = 100;

    private final PublishedReportQueries reports;
    private final PublicationFeed feed;

    PublicationFeedController(PublishedReportQueries reports, PublicationFeed feed) {
        this.reports = reports;
        this.feed = feed;
    }

    @GetMapping("/portal/feed.atom")
    ResponseEntity<byte[]> atom() {
        List<PublicationFeedEntry> entries = reports.recentVersions(ENTRIES);
        return ResponseEntity.ok().contentType(PublicationFeed.MEDIA_TYPE).body(feed.write(entries));
    }
}
