package cn.govdisclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.publication.command.PublishedVersionLeaf;
import cn.govdisclosure.transparency.Checkpoint;
import cn.govdisclosure.transparency.ConsistencyProof;
import cn.govdisclosure.transparency.MerkleTree;
import cn.govdisclosure.transparency.SignedCheckpoint;
import cn.govdisclosure.transparency.Verify;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two reports published and one corrected: everything an auditor needs is fetched over HTTP, saved to files and
 * checked with the offline verifier alone; a forged version and a rewritten log do not pass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransparencyLogIT extends RunningPublicationService {

    private static final int YEAR = 2023;
    private static final String FIRST_AGENCY = PublicationFixtures.agency(21);
    private static final String SECOND_AGENCY = PublicationFixtures.agency(22);
    private static final ReportContent REPORT = PublicationFixtures.zezhouReport();
    private static final ReportContent CORRECTION = PublicationFixtures.corrected(REPORT, "s2.fees.amount",
            new BigDecimal("12.50"));
    private static final String FIRST_HEAD = PublicationFixtures.auditHeadHash("first, accepted");
    private static final String CORRECTED_HEAD = PublicationFixtures.auditHeadHash("first, corrected");

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path files;

    private final JsonMapper json = JsonMapper.builder().build();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    /** The checkpoint the auditor saved before the correction, and the size of the log then. */
    private String olderCheckpoint;
    private long olderSize;

    @BeforeAll
    void publishTwoReportsThenACorrection() throws Exception {
        accept(FIRST_AGENCY, 1, REPORT, FIRST_HEAD, 1);
        accept(SECOND_AGENCY, 1, REPORT, PublicationFixtures.auditHeadHash("second"), 1);
        olderCheckpoint = text("/api/transparency/checkpoint");
        olderSize = SignedCheckpoint.parse(olderCheckpoint).checkpoint().treeSize();
        accept(FIRST_AGENCY, 2, CORRECTION, CORRECTED_HEAD, 2);
    }

    @Test
    void everyPublishedVersionIsProvenInTheLatestCheckpointOffline() throws IOException {
        String checkpoint = text("/api/transparency/checkpoint");
        long size = SignedCheckpoint.parse(checkpoint).checkpoint().treeSize();

        for (String[] version : List.of(new String[] {FIRST_AGENCY, "1"}, new String[] {SECOND_AGENCY, "1"},
                new String[] {FIRST_AGENCY, "2"})) {
            int status = verifyInclusion(checkpoint, leaf(version[0], version[1]), text(
                    "/api/transparency/proof/inclusion?creditCode={c}&year={y}&version={v}&size={s}",
                    version[0], YEAR, version[1], size));

            assertThat(status).as(printed()).isZero();
            assertThat(printed()).startsWith("VERIFIED").contains("creditCode " + version[0])
                    .contains("version " + version[1]);
        }
    }

    @Test
    void aVersionIsProvenInAnOlderCheckpointToo() throws IOException {
        int status = verifyInclusion(olderCheckpoint, leaf(FIRST_AGENCY, "1"),
                text("/api/transparency/proof/inclusion?creditCode={c}&year={y}&version=1&size={s}",
                        FIRST_AGENCY, YEAR, olderSize));

        assertThat(status).as(printed()).isZero();
    }

    @Test
    void theLeafNamesTheVersionItsContentAndItsAuditHead() throws IOException {
        JsonNode leaf = json.readTree(leaf(FIRST_AGENCY, "2"));
        String text = new String(Base64.getDecoder().decode(leaf.get("leaf").asString()), StandardCharsets.UTF_8);

        assertThat(text).startsWith("govdisclosure-published-version/1\ncreditCode " + FIRST_AGENCY
                + "\nyear 2023\nversion 2\nreportId " + PublicationFixtures.reportId(FIRST_AGENCY, YEAR) + "\n");
        assertThat(text).contains("contentSha256 " + sha256Hex(PublishedVersionLeaf.canonicalContentJson(CORRECTION)))
                .endsWith("auditHeadHash " + CORRECTED_HEAD + "\n");
        assertThat(text).contains("publishedAt " + json.readTree(text("/api/published/{c}/{y}/v2", FIRST_AGENCY,
                YEAR)).get("publishedAt").asString());
    }

    @Test
    void theLogWasOnlyAppendedToBetweenCheckpointsOffline() throws IOException {
        String newer = text("/api/transparency/checkpoint");
        long size = SignedCheckpoint.parse(newer).checkpoint().treeSize();

        int status = verifyConsistency(newer, olderCheckpoint,
                text("/api/transparency/proof/consistency?from={f}&to={t}", olderSize, size));

        assertThat(status).as(printed()).isZero();
        assertThat(text("/api/transparency/checkpoint?size={s}", olderSize)).isEqualTo(olderCheckpoint);
    }

    @Test
    void aForgedVersionIsNotInTheLog() throws IOException {
        String checkpoint = text("/api/transparency/checkpoint");
        long size = SignedCheckpoint.parse(checkpoint).checkpoint().treeSize();
        JsonNode genuine = json.readTree(leaf(FIRST_AGENCY, "2"));
        String forgedText = new String(Base64.getDecoder().decode(genuine.get("leaf").asString()),
                StandardCharsets.UTF_8).replace("contentSha256 ", "contentSha256 0");
        String forged = "{\"leafIndex\":" + genuine.get("leafIndex").asLong() + ",\"leaf\":\""
                + Base64.getEncoder().encodeToString(forgedText.getBytes(StandardCharsets.UTF_8)) + "\"}";

        int status = verifyInclusion(checkpoint, forged, text(
                "/api/transparency/proof/inclusion?creditCode={c}&year={y}&version=2&size={s}",
                FIRST_AGENCY, YEAR, size));

        assertThat(status).isOne();
        assertThat(printed()).startsWith("NOT VERIFIED");
    }

    @Test
    void aRewrittenLogIsCaught() throws IOException {
        List<byte[]> hashes = jdbc.sql("SELECT leaf_hash FROM transparency_leaf ORDER BY leaf_index")
                .query(byte[].class).list();
        long firstIndex = json.readTree(leaf(FIRST_AGENCY, "1")).get("leafIndex").asLong();
        List<byte[]> rewritten = new ArrayList<>(hashes);
        rewritten.set((int) firstIndex, MerkleTree.leafHash("a version 1 that says something else".getBytes()));
        // the operator, holding the key, signs the rewritten log and proves it against the older checkpoint
        String rewrittenCheckpoint = signed(rewritten);

        int status = verifyConsistency(rewrittenCheckpoint, olderCheckpoint,
                ConsistencyProof.of(rewritten, (int) olderSize).toJson());

        assertThat(status).isOne();
        assertThat(printed()).contains("the log was not only appended to");
    }

    @Test
    void aCheckpointSignedForAnotherOlderTreeIsCaught() throws IOException {
        String newer = text("/api/transparency/checkpoint");
        long size = SignedCheckpoint.parse(newer).checkpoint().treeSize();
        List<byte[]> otherTree = new ArrayList<>();
        for (int i = 0; i < olderSize; i++) {
            otherTree.add(MerkleTree.leafHash(("another leaf " + i).getBytes(StandardCharsets.UTF_8)));
        }

        int status = verifyConsistency(newer, signed(otherTree),
                text("/api/transparency/proof/consistency?from={f}&to={t}", olderSize, size));

        assertThat(status).isOne();
    }

    @Test
    void thePublishedVersionShowsItsAuditHead() {
        String page = http().get().uri("/portal/reports/{c}/{y}/v1", FIRST_AGENCY, YEAR).accept(MediaType.TEXT_HTML)
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();

        assertThat(Jsoup.parse(page).select("dd.audit-head-hash").text()).isEqualTo(FIRST_HEAD);
        assertThat(page).contains("审计链哈希");
        http().get().uri("/api/published/{c}/{y}", FIRST_AGENCY, YEAR).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.auditHeadHash").isEqualTo(CORRECTED_HEAD);
    }

    @Test
    void theLogCannotBeChangedInPlace() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE transparency_leaf SET leaf = '\\x00'::bytea").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM transparency_checkpoint").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void unknownVersionsAndSizesAreRefused() {
        http().get().uri("/api/transparency/leaves/{c}/{y}/9", FIRST_AGENCY, YEAR).exchange()
                .expectStatus().isNotFound();
        http().get().uri("/api/transparency/proof/consistency?from=2&to=1").exchange()
                .expectStatus().isBadRequest();
        http().get().uri("/api/transparency/proof/consistency?from=1&to=100000").exchange()
                .expectStatus().isBadRequest();
    }

    private void accept(String agency, int submissionNumber, ReportContent content, String head, int published)
            throws Exception {
        String reportId = PublicationFixtures.reportId(agency, YEAR);
        produce(PublicationFixtures.onSubmissionEvents(reportId, "accepted:" + reportId + ":" + submissionNumber,
                PublicationFixtures.accepted(agency, YEAR, submissionNumber, content, head)));
        try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, reportId)) {
            events.await(published);
        }
    }

    private String leaf(String agency, String version) {
        return text("/api/transparency/leaves/{c}/{y}/{v}", agency, YEAR, version);
    }

    private String text(String uri, Object... variables) {
        return http().get().uri(uri, variables).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
    }

    private int verifyInclusion(String checkpoint, String leaf, String proof) throws IOException {
        return verify("inclusion", checkpoint, leaf, proof);
    }

    private int verifyConsistency(String checkpoint, String olderCheckpoint, String proof) throws IOException {
        return verify("consistency", checkpoint, olderCheckpoint, proof);
    }

    private int verify(String what, String checkpoint, String third, String proof) throws IOException {
        String[] args = {what, file("log-key.pem", text("/api/transparency/public-key")),
                file("checkpoint", checkpoint), file("third", third), file("proof.json", proof)};
        printed.reset();
        return Verify.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8).toString();
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private String signed(List<byte[]> hashes) {
        String origin = SignedCheckpoint.parse(olderCheckpoint).checkpoint().origin();
        return SignedCheckpoint.sign(new Checkpoint(origin, hashes.size(), MerkleTree.root(hashes), Instant.now()),
                TRANSPARENCY_KEY.getPrivate()).text();
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
