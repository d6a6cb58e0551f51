package cn.govdisclosure.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProofsTest {

    private static final int MAX_SIZE = 64;

    @Test
    void everyLeafOfEveryTreeUpTo64IsProvenIncluded() {
        for (int size = 1; size <= MAX_SIZE; size++) {
            List<byte[]> hashes = MerkleTreeTest.leafHashes(size);
            byte[] root = MerkleTree.root(hashes);
            for (int index = 0; index < size; index++) {
                InclusionProof proof = InclusionProof.fromJson(InclusionProof.of(hashes, index).toJson());
                assertThat(proof.verify(leaf(index), root)).as("leaf %d of %d", index, size).isTrue();
            }
        }
    }

    @Test
    void everyTreeUpTo64IsProvenConsistentWithEachOfItsPrefixes() {
        for (int size = 1; size <= MAX_SIZE; size++) {
            List<byte[]> hashes = MerkleTreeTest.leafHashes(size);
            byte[] root = MerkleTree.root(hashes);
            for (int first = 1; first <= size; first++) {
                ConsistencyProof proof = ConsistencyProof.fromJson(ConsistencyProof.of(hashes, first).toJson());
                assertThat(proof.verify(MerkleTree.root(hashes.subList(0, first)), root))
                        .as("%d to %d", first, size).isTrue();
            }
        }
    }

    @Test
    void forgedLeafIsNotIncluded() {
        List<byte[]> hashes = MerkleTreeTest.leafHashes(13);
        InclusionProof proof = InclusionProof.of(hashes, 6);

        assertThat(proof.verify("d6 forged".getBytes(StandardCharsets.UTF_8), MerkleTree.root(hashes))).isFalse();
        assertThat(proof.verify(leaf(7), MerkleTree.root(hashes))).isFalse();
    }

    @Test
    void tamperedInclusionProofOrRootIsRejected() {
        List<byte[]> hashes = MerkleTreeTest.leafHashes(13);
        byte[] root = MerkleTree.root(hashes);
        InclusionProof proof = InclusionProof.of(hashes, 6);

        for (int i = 0; i < proof.hashes().size(); i++) {
            List<byte[]> tampered = new ArrayList<>(proof.hashes());
            tampered.set(i, flipped(tampered.get(i)));
            assertThat(new InclusionProof(6, 13, tampered).verify(leaf(6), root)).isFalse();
        }
        assertThat(new InclusionProof(6, 13, proof.hashes().subList(0, proof.hashes().size() - 1))
                .verify(leaf(6), root)).isFalse();
        // a size whose path has another length; the verifier also holds the size to the signed checkpoint's
        assertThat(new InclusionProof(6, 8, proof.hashes()).verify(leaf(6), root)).isFalse();
        assertThat(new InclusionProof(5, 13, proof.hashes()).verify(leaf(6), root)).isFalse();
        assertThat(new InclusionProof(13, 13, proof.hashes()).verify(leaf(6), root)).isFalse();
        assertThat(proof.verify(leaf(6), flipped(root))).isFalse();
    }

    @Test
    void rewrittenOlderTreeIsNotConsistent() {
        List<byte[]> log = MerkleTreeTest.leafHashes(20);
        List<byte[]> rewritten = new ArrayList<>(log.subList(0, 11));
        rewritten.set(4, MerkleTree.leafHash("d4 rewritten".getBytes(StandardCharsets.UTF_8)));
        byte[] root = MerkleTree.root(log);

        for (int first = 1; first < 20; first++) {
            assertThat(ConsistencyProof.of(log, first).verify(MerkleTree.root(rewritten.subList(0, 11)), root))
                    .as("from %d", first).isFalse();
        }
        assertThat(ConsistencyProof.of(log, 11).verify(MerkleTree.root(rewritten), root)).isFalse();
        // a proof made by whoever rewrote the log does not lead to the published newer root either
        List<byte[]> rewrittenLog = new ArrayList<>(rewritten);
        rewrittenLog.addAll(log.subList(11, 20));
        assertThat(ConsistencyProof.of(rewrittenLog, 11).verify(MerkleTree.root(rewritten), root)).isFalse();
    }

    @Test
    void tamperedConsistencyProofIsRejected() {
        List<byte[]> log = MerkleTreeTest.leafHashes(21);
        byte[] first = MerkleTree.root(log.subList(0, 6));
        byte[] second = MerkleTree.root(log);
        ConsistencyProof proof = ConsistencyProof.of(log, 6);

        for (int i = 0; i < proof.hashes().size(); i++) {
            List<byte[]> tampered = new ArrayList<>(proof.hashes());
            tampered.set(i, flipped(tampered.get(i)));
            assertThat(new ConsistencyProof(6, 21, tampered).verify(first, second)).isFalse();
        }
        assertThat(new ConsistencyProof(6, 21, List.of()).verify(first, second)).isFalse();
        assertThat(new ConsistencyProof(6, 8, proof.hashes()).verify(first, second)).isFalse();
        assertThat(new ConsistencyProof(22, 21, proof.hashes()).verify(first, second)).isFalse();
        assertThat(new ConsistencyProof(21, 21, List.of()).verify(first, second)).isFalse();
        assertThat(proof.verify(first, flipped(second))).isFalse();
    }

    private static byte[] leaf(int index) {
        return ("d" + index).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] flipped(byte[] hash) {
        byte[] copy = hash.clone();
        copy[0] ^= 1;
        return copy;
    }
}
