package cn.govdisclosure.kernel.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.submission.AgencyKindChangedEvent;
import cn.govdisclosure.kernel.submission.AgencyRegisteredEvent;
import cn.govdisclosure.kernel.submission.ReportAcceptedEvent;
import cn.govdisclosure.kernel.submission.ReportSubmittedEvent;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every message revision has a fixture written when the revision was introduced. A fixture that no longer reads,
 * or reads into something else, means a contract was broken for consumers still on the old revision.
 */
class MessageContractsTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({
            "submission.ReportSubmitted, 1, report-submitted.v1.json",
            "submission.ReportAccepted, 1, report-accepted.v1.json",
            "submission.RecordValidationOutcome, 1, record-validation-outcome.v1.json",
            "submission.MarkReportPublished, 1, mark-report-published.v1.json",
            "publication.ReportPublished, 1, report-published.v1.json",
            "submission.AgencyRegistered, 1, agency-registered.v1.json",
            "submission.AgencyKindChanged, 1, agency-kind-changed.v1.json"})
    void fixturesOfEveryRevisionStillReadAndRoundTrip(String type, String revision, String fixture) throws IOException {
        byte[] body = fixture(fixture);

        Object message = MessageCodec.decode(type, revision, body);

        assertThat(MessageTypes.nameOf(message.getClass())).isEqualTo(type);
        assertThat(MessageTypes.revisionOf(message.getClass())).isEqualTo(revision);
        assertThat(withoutFieldsAddedSince(json.readTree(MessageCodec.encode(message)), json.readTree(body)))
                .isEqualTo(json.readTree(body));
    }

    /**
     * Fields may be added to a revision (readers ignore what they do not know); so the message written today must
     * hold everything the fixture held, unchanged, and may hold more.
     */
    private static JsonNode withoutFieldsAddedSince(JsonNode written, JsonNode fixture) {
        if (!written.isObject() || !fixture.isObject()) {
            if (written.isArray() && fixture.isArray() && written.size() == fixture.size()) {
                ArrayNode elements = JsonNodeFactory.instance.arrayNode();
                for (int i = 0; i < written.size(); i++) {
                    elements.add(withoutFieldsAddedSince(written.get(i), fixture.get(i)));
                }
                return elements;
            }
            return written;
        }
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        fixture.fieldNames().forEachRemaining(name -> {
            if (written.has(name)) {
                kept.set(name, withoutFieldsAddedSince(written.get(name), fixture.get(name)));
            }
        });
        return kept;
    }

    @Test
    void acceptanceWrittenBeforeTheAuditHeadHashReadsWithoutOneAndANewOneCarriesIt() throws IOException {
        ReportAcceptedEvent old = (ReportAcceptedEvent) MessageCodec.decode("submission.ReportAccepted", "1",
                fixture("report-accepted.v1.json"));
        String head = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        ReportAcceptedEvent withHead = new ReportAcceptedEvent(old.reportId(), old.creditCode(), old.agencyName(),
                old.regionCode(), old.year(), old.formatId(), old.submissionNumber(), old.content(), old.warnings(),
                old.ruleSetVersion(), old.acceptedAt(), head);

        assertThat(old.auditHeadHash()).isNull();
        assertThat(MessageCodec.decode("submission.ReportAccepted", "1", MessageCodec.encode(withHead)))
                .isEqualTo(withHead);
    }

    @Test
    void aSubmissionWrittenBeforeTheAgencyKindReadsWithoutOneAndANewOneCarriesIt() throws IOException {
        ReportSubmittedEvent old = (ReportSubmittedEvent) MessageCodec.decode("submission.ReportSubmitted", "1",
                fixture("report-submitted.v1.json"));
        ReportSubmittedEvent ofAGovernment = new ReportSubmittedEvent(old.reportId(), old.creditCode(),
                old.agencyName(), old.regionCode(), old.year(), old.formatId(), old.submissionNumber(), old.content(),
                old.submittedBy(), old.submittedAt(), AgencyKind.PEOPLES_GOVERNMENT.name());

        assertThat(old.agencyKind()).isNull();
        assertThat(MessageCodec.decode("submission.ReportSubmitted", "1", MessageCodec.encode(ofAGovernment)))
                .isEqualTo(ofAGovernment);
    }

    @Test
    void anAgencyRegistrationCarriesTheKindThatDecidesItsDeadline() throws IOException {
        AgencyRegisteredEvent registered = (AgencyRegisteredEvent) MessageCodec.decode("submission.AgencyRegistered",
                "1", fixture("agency-registered.v1.json"));
        AgencyKindChangedEvent changed = (AgencyKindChangedEvent) MessageCodec.decode("submission.AgencyKindChanged",
                "1", fixture("agency-kind-changed.v1.json"));

        assertThat(registered.kind()).isEqualTo(AgencyKind.DEPARTMENT);
        assertThat(registered.regionCode()).isEqualTo("140525");
        assertThat(changed.kind()).isEqualTo(AgencyKind.PEOPLES_GOVERNMENT);
        assertThat(changed.creditCode()).isEqualTo(registered.creditCode());
    }

    @Test
    void anAgencyMessageWithoutAKindOrWithAKindNobodyKnowsIsUnreadable() {
        String withoutKind = "{\"creditCode\":\"11140525001234567U\",\"name\":\"某局\",\"regionCode\":\"140525\","
                + "\"registeredAt\":\"2023-11-02T01:30:00Z\"}";
        String unknownKind = withoutKind.replace("\"name\"", "\"kind\":\"TOWNSHIP\",\"name\"");

        assertThatThrownBy(() -> MessageCodec.decode("submission.AgencyRegistered", "1", withoutKind.getBytes()))
                .isInstanceOf(UnreadableMessageException.class);
        assertThatThrownBy(() -> MessageCodec.decode("submission.AgencyRegistered", "1", unknownKind.getBytes()))
                .isInstanceOf(UnreadableMessageException.class);
    }

    @Test
    void unknownFieldsAreIgnoredSoProducersMayAddFields() {
        String body = "{\"reportId\":\"11140525001234567U-2023\",\"submissionNumber\":1,\"version\":1,"
                + "\"url\":\"http://x\",\"publishedAt\":\"2024-01-24T00:00:00Z\",\"addedLater\":true}";

        Object message = MessageCodec.decode("submission.MarkReportPublished", "1", body.getBytes());

        assertThat(message).hasFieldOrPropertyWithValue("version", 1);
    }

    @Test
    void unknownTypesAndRevisionsAndMalformedBodiesAreUnreadable() {
        assertThatThrownBy(() -> MessageCodec.decode("submission.Nope", "1", "{}".getBytes()))
                .isInstanceOf(UnreadableMessageException.class);
        assertThatThrownBy(() -> MessageCodec.decode("submission.MarkReportPublished", "2", "{}".getBytes()))
                .isInstanceOf(UnreadableMessageException.class);
        assertThatThrownBy(() -> MessageCodec.decode("submission.MarkReportPublished", "1", "{}".getBytes()))
                .isInstanceOf(UnreadableMessageException.class);
        assertThatThrownBy(() -> MessageCodec.decode("submission.MarkReportPublished", "1", "not json".getBytes()))
                .isInstanceOf(UnreadableMessageException.class);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = MessageContractsTest.class.getResourceAsStream("/contracts/" + name)) {
            return in.readAllBytes();
        }
    }
}
