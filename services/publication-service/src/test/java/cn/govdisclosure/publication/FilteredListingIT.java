package cn.govdisclosure.publication;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.kernel.submission.ReportAcceptedEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The listing of published reports narrowed to a region and its sub-regions, or to an agency, page by page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilteredListingIT extends RunningPublicationService {

    /* A year no other test publishes, so that the listing holds these three reports only. */
    private static final int YEAR = 2031;
    private static final String ZEZHOU_BUREAU = PublicationFixtures.agency(711);
    private static final String JINCHENG_BUREAU = PublicationFixtures.agency(712);
    private static final String BEIJING_BUREAU = PublicationFixtures.agency(713);

    @BeforeAll
    void publishThreeReports() throws Exception {
        publish(ZEZHOU_BUREAU, "泽州县统计局", "140525");
        publish(JINCHENG_BUREAU, "晋城市数据开放局", "140500");
        publish(BEIJING_BUREAU, "北京市东城区统计局", "110101");
    }

    @Test
    void findsTheReportsOfACityAndItsCounties() {
        listing("region=140500")
                .jsonPath("$.items[*].creditCode").isEqualTo(List.of(JINCHENG_BUREAU, ZEZHOU_BUREAU))
                .jsonPath("$.total").isEqualTo(2);
    }

    @Test
    void findsTheReportsOfAProvinceAndOfOneCounty() {
        listing("region=140000").jsonPath("$.total").isEqualTo(2);
        listing("region=140525").jsonPath("$.items[*].creditCode").isEqualTo(List.of(ZEZHOU_BUREAU));
        listing("region=110000").jsonPath("$.items[*].creditCode").isEqualTo(List.of(BEIJING_BUREAU));
        listing("region=120000").jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void findsAnAgencyByPartOfItsName() {
        listing("agency=数据开放").jsonPath("$.items[*].creditCode").isEqualTo(List.of(JINCHENG_BUREAU));
        listing("agency=统计局").jsonPath("$.total").isEqualTo(2);
    }

    @Test
    void findsAnAgencyByItsCreditCode() {
        listing("agency=" + BEIJING_BUREAU).jsonPath("$.items[*].creditCode").isEqualTo(List.of(BEIJING_BUREAU));
    }

    @Test
    void combinesTheFilters() {
        listing("region=140000&agency=统计局").jsonPath("$.items[*].creditCode").isEqualTo(List.of(ZEZHOU_BUREAU));
    }

    @Test
    void pagesThroughTheFilteredReportsNewestFirst() {
        listing("size=2&page=0")
                .jsonPath("$.items[*].creditCode").isEqualTo(List.of(BEIJING_BUREAU, JINCHENG_BUREAU))
                .jsonPath("$.total").isEqualTo(3);
        listing("size=2&page=1")
                .jsonPath("$.items[*].creditCode").isEqualTo(List.of(ZEZHOU_BUREAU))
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.total").isEqualTo(3);
    }

    @Test
    void refusesAMalformedRegionNamingTheField() {
        for (String region : List.of("14052", "14052x", "1405250")) {
            http().get().uri("/api/published?region={region}", region).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.field").isEqualTo("region");
        }
    }

    private RestTestClient.BodyContentSpec listing(String filters) {
        return http().get().uri("/api/published?year=" + YEAR + "&" + filters).exchange()
                .expectStatus().isOk()
                .expectBody();
    }

    private void publish(String creditCode, String agencyName, String regionCode) throws Exception {
        String reportId = PublicationFixtures.reportId(creditCode, YEAR);
        produce(PublicationFixtures.onSubmissionEvents(reportId, "accepted:" + reportId + ":1",
                new ReportAcceptedEvent(reportId, creditCode, agencyName, regionCode, YEAR, "2021", 1,
                        PublicationFixtures.zezhouReport(), List.of(), RuleSet.VERSION,
                        Instant.parse("2032-01-24T08:00:00Z"))));
        // one at a time, so that the publication order (newest first in the listing) is known
        try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, reportId)) {
            events.await(1);
        }
    }
}
