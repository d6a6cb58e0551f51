package cn.govdisclosure.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleFrontierTest {

    @Test
    void everyGrownTreeHasTheRootOfAllItsLeavesHashedAgain() {
        List<byte[]> leaves = new ArrayList<>();
        MerkleFrontier frontier = MerkleFrontier.empty();
        assertThat(frontier.root()).isEqualTo(MerkleTree.root(leaves));
        for (int i = 0; i < 300; i++) {
            byte[] leaf = MerkleTree.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8));
            leaves.add(leaf);
            frontier = frontier.append(leaf);

            assertThat(frontier.size()).isEqualTo(leaves.size());
            assertThat(frontier.root()).as("root of %d leaves", leaves.size()).isEqualTo(MerkleTree.root(leaves));
            assertThat(frontier.bytes()).hasSize(Integer.bitCount(leaves.size()) * MerkleTree.HASH_SIZE);
        }
        assertThat(MerkleFrontier.of(leaves).root()).isEqualTo(MerkleTree.root(leaves));
    }

    @Test
    void aStoredFrontierGrowsOnAsTheOriginalWould() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            leaves.add(MerkleTree.leafHash(new byte[] {(byte) i}));
        }
        MerkleFrontier original = MerkleFrontier.of(leaves);
        MerkleFrontier stored = MerkleFrontier.read(original.size(), original.bytes());
        byte[] next = MerkleTree.leafHash(new byte[] {13});
        leaves.add(next);

        assertThat(stored.append(next).root()).isEqualTo(original.append(next).root())
                .isEqualTo(MerkleTree.root(leaves));
    }

    @Test
    void aFrontierThatDoesNotFitItsSizeIsRefused() {
        assertThatThrownBy(() -> MerkleFrontier.read(3, new byte[MerkleTree.HASH_SIZE]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 leaves");
    }
}
