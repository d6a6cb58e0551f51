package cn.govdisclosure.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyTest {

    private static final KeyPair LOG_KEY = Ed25519Keys.generate();
    private static final String ORIGIN = "publication.example.gov.cn";
    private static final Instant NOW = Instant.parse("2024-01-24T08:00:00.123456Z");

    @TempDir
    Path files;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void checkpointTextIsCanonicalAndReadsBack() {
        SignedCheckpoint signed = signed(MerkleTreeTest.leafHashes(3), LOG_KEY);

        assertThat(signed.checkpoint().canonicalText()).matches(
                "publication\\.example\\.gov\\.cn\n3\n[A-Za-z0-9+/]{43}=\n2024-01-24T08:00:00\\.123456Z\n");
        assertThat(signed.text()).startsWith(signed.checkpoint().canonicalText() + "\nsignature ");
        SignedCheckpoint read = SignedCheckpoint.parse(signed.text());
        assertThat(read.checkpoint()).isEqualTo(signed.checkpoint());
        assertThat(read.verify(LOG_KEY.getPublic())).isTrue();
    }

    @Test
    void keysSurviveTheirPemForms() {
        KeyPair read = new KeyPair(Ed25519Keys.readPublicKey(Ed25519Keys.publicKeyPem(LOG_KEY.getPublic())),
                Ed25519Keys.readPrivateKey(Ed25519Keys.privateKeyPem(LOG_KEY.getPrivate())));
        Checkpoint checkpoint = new Checkpoint(ORIGIN, 0, MerkleTree.root(List.of()), NOW);

        assertThat(SignedCheckpoint.sign(checkpoint, read.getPrivate()).verify(LOG_KEY.getPublic())).isTrue();
        assertThat(SignedCheckpoint.sign(checkpoint, LOG_KEY.getPrivate()).verify(read.getPublic())).isTrue();
    }

    @Test
    void verifiesIncludedLeafFromFiles() throws IOException {
        List<byte[]> hashes = MerkleTreeTest.leafHashes(11);

        int status = inclusion(signed(hashes, LOG_KEY), new LogLeaf(7, bytes("d7")), InclusionProof.of(hashes, 7));

        assertThat(status).isZero();
        assertThat(printed()).startsWith("VERIFIED: leaf 7").contains("of 11 leaves").contains("d7");
    }

    @Test
    void rejectsForgedLeaf() throws IOException {
        List<byte[]> hashes = MerkleTreeTest.leafHashes(11);

        assertThat(inclusion(signed(hashes, LOG_KEY), new LogLeaf(7, bytes("d7 forged")),
                InclusionProof.of(hashes, 7))).isOne();
        assertThat(printed()).startsWith("NOT VERIFIED: the leaf is not at index 7");
    }

    @Test
    void rejectsCheckpointSignedByAnotherKeyOrAlteredAfterSigning() throws IOException {
        List<byte[]> hashes = MerkleTreeTest.leafHashes(11);
        InclusionProof proof = InclusionProof.of(hashes, 3);

        assertThat(inclusion(signed(hashes, Ed25519Keys.generate()), new LogLeaf(3, bytes("d3")), proof)).isOne();

        SignedCheckpoint genuine = signed(hashes, LOG_KEY);
        Checkpoint later = new Checkpoint(ORIGIN, 11, genuine.checkpoint().rootHash(), NOW.plusSeconds(1));
        assertThat(inclusion(new SignedCheckpoint(later, genuine.signature()), new LogLeaf(3, bytes("d3")), proof))
                .isOne();
        assertThat(printed()).contains("NOT VERIFIED: the checkpoint is not signed by this key");
    }

    @Test
    void rejectsProofForAnotherTreeOrLeaf() throws IOException {
        List<byte[]> hashes = MerkleTreeTest.leafHashes(11);

        assertThat(inclusion(signed(hashes, LOG_KEY), new LogLeaf(3, bytes("d3")),
                InclusionProof.of(hashes.subList(0, 10), 3))).isOne();
        assertThat(inclusion(signed(hashes, LOG_KEY), new LogLeaf(3, bytes("d3")),
                InclusionProof.of(hashes, 4))).isOne();
    }

    @Test
    void verifiesAppendOnlyGrowthFromFiles() throws IOException {
        List<byte[]> hashes = MerkleTreeTest.leafHashes(30);

        int status = consistency(signed(hashes, LOG_KEY), signed(hashes.subList(0, 13), LOG_KEY),
                ConsistencyProof.of(hashes, 13));

        assertThat(status).isZero();
        assertThat(printed()).startsWith("VERIFIED: the log").contains("of 30 leaves").contains("of 13 leaves");
    }

    @Test
    void rejectsRewrittenLog() throws IOException {
        List<byte[]> hashes = MerkleTreeTest.leafHashes(30);
        List<byte[]> rewritten = new ArrayList<>(hashes.subList(0, 13));
        rewritten.set(2, MerkleTree.leafHash(bytes("d2 rewritten")));

        int status = consistency(signed(hashes, LOG_KEY), signed(rewritten, LOG_KEY),
                ConsistencyProof.of(hashes, 13));

        assertThat(status).isOne();
        assertThat(printed()).startsWith("NOT VERIFIED: the tree of 13 is not a prefix of the tree of 30");
    }

    @Test
    void rejectsCheckpointsOfAnotherLogAndUnreadableFiles() throws IOException {
        List<byte[]> hashes = MerkleTreeTest.leafHashes(30);
        Checkpoint other = new Checkpoint("other.example", 13, MerkleTree.root(hashes.subList(0, 13)), NOW);

        assertThat(consistency(signed(hashes, LOG_KEY), SignedCheckpoint.sign(other, LOG_KEY.getPrivate()),
                ConsistencyProof.of(hashes, 13))).isOne();

        Path garbage = Files.writeString(files.resolve("garbage.json"), "{\"leafIndex\": 1.5}");
        assertThat(Verify.run(new String[] {"inclusion", write("key.pem", Ed25519Keys.publicKeyPem(
                LOG_KEY.getPublic())), write("cp", signed(hashes, LOG_KEY).text()), garbage.toString(),
                garbage.toString()}, out())).isOne();
        assertThat(Verify.run(new String[] {"inclusion"}, out())).isEqualTo(2);
    }

    private int inclusion(SignedCheckpoint checkpoint, LogLeaf leaf, InclusionProof proof) throws IOException {
        return Verify.run(new String[] {"inclusion", publicKey(), write("checkpoint", checkpoint.text()),
                write("leaf.json", leaf.toJson()), write("proof.json", proof.toJson())}, out());
    }

    private int consistency(SignedCheckpoint newer, SignedCheckpoint older, ConsistencyProof proof)
            throws IOException {
        return Verify.run(new String[] {"consistency", publicKey(), write("checkpoint", newer.text()),
                write("older-checkpoint", older.text()), write("proof.json", proof.toJson())}, out());
    }

    private static SignedCheckpoint signed(List<byte[]> hashes, KeyPair key) {
        return SignedCheckpoint.sign(new Checkpoint(ORIGIN, hashes.size(), MerkleTree.root(hashes), NOW),
                key.getPrivate());
    }

    private String publicKey() throws IOException {
        return write("log-key.pem", Ed25519Keys.publicKeyPem(LOG_KEY.getPublic()));
    }

    private String write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8).toString();
    }

    private PrintStream out() {
        printed.reset();
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void leafJsonIgnoresWhatItDoesNotNeed() {
        LogLeaf leaf = LogLeaf.fromJson("{\"creditCode\":\"x\\\"y\",\"year\":2023,\"extra\":[true,null,{}],"
                + "\"leafIndex\":4,\"leaf\":\"" + Base64.getEncoder().encodeToString(bytes("d4")) + "\"}");

        assertThat(leaf.leafIndex()).isEqualTo(4);
        assertThat(leaf.leaf()).isEqualTo(bytes("d4"));
    }
}
