package cn.govdisclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.kernel.submission.ReportAcceptedEvent;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed announces a first publication and, later, its correction with the reason, newest first. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationFeedIT extends RunningPublicationService {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int YEAR = 2024;
    private static final String AGENCY = PublicationFixtures.agency(721);
    private static final String AGENCY_NAME = "泽州县\"数据\"<开放>&统计局";
    private static final String REPORT_ID = PublicationFixtures.reportId(AGENCY, YEAR);
    private static final ReportContent FIRST = PublicationFixtures.zezhouReport();
    private static final String CORRECTION_REASON = "收费金额误将元作万元填报 <b>&</b>";
    private static final String FIRST_ID = "urn:govdisclosure:publication:" + AGENCY + ":2024:v1";
    private static final String CORRECTION_ID = "urn:govdisclosure:publication:" + AGENCY + ":2024:v2";

    @BeforeAll
    void publishAReportAndItsCorrection() throws Exception {
        produce(PublicationFixtures.onSubmissionEvents(REPORT_ID, "accepted:" + REPORT_ID + ":1",
                acceptance(1, FIRST, null)));
        try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, REPORT_ID)) {
            events.await(1);
        }
        produce(PublicationFixtures.onSubmissionEvents(REPORT_ID, "accepted:" + REPORT_ID + ":2",
                acceptance(2, PublicationFixtures.corrected(FIRST, "s2.fees.amount", new BigDecimal("0.35")),
                        CORRECTION_REASON)));
        try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, REPORT_ID)) {
            events.await(2);
        }
    }

    @Test
    void announcesTheFirstPublicationAndTheCorrectionWithItsReasonNewestFirst() throws Exception {
        Document feed = feed();
        List<Element> entries = entries(feed);
        List<String> ids = entries.stream().map(entry -> text(entry, "id")).toList();

        assertThat(ids).contains(FIRST_ID, CORRECTION_ID);
        assertThat(ids.indexOf(CORRECTION_ID)).isLessThan(ids.indexOf(FIRST_ID));
        Element first = entry(entries, FIRST_ID);
        assertThat(text(first, "title")).isEqualTo(AGENCY_NAME + "2024年政府信息公开工作年度报告");
        assertThat(link(first)).isEqualTo(PUBLIC_BASE_URL + "/portal/reports/" + AGENCY + "/2024/v1");
        assertThat(text(first, "summary")).isNotBlank();
        assertThat(first.getElementsByTagNameNS(ATOM, "content").getLength()).isZero();
        Element correction = entry(entries, CORRECTION_ID);
        assertThat(text(correction, "title")).isEqualTo(AGENCY_NAME + "2024年政府信息公开工作年度报告（更正，第2版）");
        assertThat(link(correction)).isEqualTo(PUBLIC_BASE_URL + "/portal/reports/" + AGENCY + "/2024/v2");
        assertThat(text(correction, "summary")).contains(CORRECTION_REASON);
        assertThat(text(correction, "content")).isEqualTo(CORRECTION_REASON);
        assertThat(Instant.parse(text(correction, "updated")))
                .isAfterOrEqualTo(Instant.parse(text(first, "updated")));
    }

    @Test
    void listsEveryEntryNewestFirst() throws Exception {
        List<Instant> updated = entries(feed()).stream().map(entry -> Instant.parse(text(entry, "updated"))).toList();

        assertThat(updated).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void keepsTheIdsOfTheEntriesAndDescribesTheFeed() throws Exception {
        Document once = feed();
        Document again = feed();

        assertThat(entries(again).stream().map(entry -> text(entry, "id")))
                .containsSubsequence(CORRECTION_ID, FIRST_ID);
        Element root = once.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(childText(root, "id")).isEqualTo("urn:govdisclosure:publications");
        assertThat(childText(root, "title")).isNotBlank();
        assertThat(Instant.parse(childText(root, "updated")))
                .isEqualTo(Instant.parse(text(entries(once).get(0), "updated")));
        List<String> selfLinks = new ArrayList<>();
        NodeList links = root.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getParentNode() == root && link.getAttribute("rel").equals("self")) {
                selfLinks.add(link.getAttribute("href"));
            }
        }
        assertThat(selfLinks).containsExactly(PUBLIC_BASE_URL + "/portal/feed.atom");
    }

    private Document feed() throws Exception {
        byte[] body = http().get().uri("/portal/feed.atom").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_ATOM_XML)
                .expectBody(byte[].class).returnResult().getResponseBody();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static List<Element> entries(Document feed) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    private static Element entry(List<Element> entries, String id) {
        return entries.stream().filter(entry -> text(entry, "id").equals(id)).findFirst().orElseThrow();
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    private static String childText(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())) {
                return element.getTextContent();
            }
        }
        throw new AssertionError("no " + name);
    }

    private static String link(Element entry) {
        return ((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href");
    }

    private static ReportAcceptedEvent acceptance(int submissionNumber, ReportContent content, String reason) {
        return new ReportAcceptedEvent(REPORT_ID, AGENCY, AGENCY_NAME, "140525", YEAR, "2021", submissionNumber,
                content, List.of(), RuleSet.VERSION, Instant.parse("2025-01-24T08:00:00Z"), null, reason);
    }
}
