package cn.govdisclosure.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The reference leaves of RFC 6962's test suite (certificate-transparency merkle_tree_test). */
    static final List<byte[]> REFERENCE_LEAVES = List.of(HEX.parseHex(""), HEX.parseHex("00"), HEX.parseHex("10"),
            HEX.parseHex("2021"), HEX.parseHex("3031"), HEX.parseHex("40414243"), HEX.parseHex("5051525354555657"),
            HEX.parseHex("606162636465666768696a6b6c6d6e6f"));

    private static final List<String> REFERENCE_ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void emptyTreeHashesTheEmptyString() {
        assertThat(HEX.formatHex(MerkleTree.root(List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void leafAndNodeHashesArePrefixedSha256() throws Exception {
        byte[] leaf = "a".getBytes(StandardCharsets.UTF_8);
        assertThat(MerkleTree.leafHash(leaf)).isEqualTo(sha256(new byte[] {0x00, 'a'}));

        byte[] left = sha256(new byte[] {1});
        byte[] right = sha256(new byte[] {2});
        assertThat(MerkleTree.nodeHash(left, right)).isEqualTo(sha256(concat(new byte[] {0x01}, left, right)));
    }

    @Test
    void treesOfOneToFiveLeavesHashAsComputedByHand() throws Exception {
        List<byte[]> d = new ArrayList<>();
        for (String leaf : List.of("d0", "d1", "d2", "d3", "d4")) {
            d.add(sha256(concat(new byte[] {0x00}, leaf.getBytes(StandardCharsets.UTF_8))));
        }
        byte[] ab = node(d.get(0), d.get(1));
        byte[] cd = node(d.get(2), d.get(3));
        byte[] abcd = node(ab, cd);

        assertThat(MerkleTree.root(d.subList(0, 1))).isEqualTo(d.get(0));
        assertThat(MerkleTree.root(d.subList(0, 2))).isEqualTo(ab);
        // three leaves: the left subtree takes the largest power of two below 3, i.e. 2
        assertThat(MerkleTree.root(d.subList(0, 3))).isEqualTo(node(ab, d.get(2)));
        assertThat(MerkleTree.root(d.subList(0, 4))).isEqualTo(abcd);
        assertThat(MerkleTree.root(d)).isEqualTo(node(abcd, d.get(4)));
    }

    @Test
    void referenceTreesOfRfc6962HaveTheirPublishedRoots() {
        List<byte[]> hashes = REFERENCE_LEAVES.stream().map(MerkleTree::leafHash).toList();
        for (int size = 1; size <= hashes.size(); size++) {
            assertThat(HEX.formatHex(MerkleTree.root(hashes.subList(0, size))))
                    .as("root of %d leaves", size).isEqualTo(REFERENCE_ROOTS.get(size - 1));
        }
    }

    @Test
    void auditPathOfLeafTwoInFiveIsAsComputedByHand() throws Exception {
        List<byte[]> d = leafHashes(5);
        byte[] ab = node(d.get(0), d.get(1));
        byte[] cd = node(d.get(2), d.get(3));

        // leaf 2's path: its sibling d3, then the left pair ab, then the right subtree (just d4)
        assertThat(MerkleTree.inclusionPath(d, 2)).containsExactly(d.get(3), ab, d.get(4));
        assertThat(MerkleTree.inclusionPath(d, 4)).containsExactly(node(ab, cd));
    }

    @Test
    void consistencyPathFromThreeToFiveIsAsComputedByHand() throws Exception {
        List<byte[]> d = leafHashes(5);
        byte[] ab = node(d.get(0), d.get(1));
        byte[] cd = node(d.get(2), d.get(3));

        // RFC 9162 §2.1.4.1: PROOF(3, D[5]) = SUBPROOF(3, D[0:4], true) : MTH(D[4:5])
        //   = SUBPROOF(1, D[2:4], false) : MTH(D[0:2]) : d4 = d2 : d3 : ab : d4
        assertThat(MerkleTree.consistencyPath(d, 3)).containsExactly(d.get(2), d.get(3), ab, d.get(4));
        // a power of two needs no first node: the verifier starts from the old root itself
        assertThat(MerkleTree.consistencyPath(d, 4)).containsExactly(d.get(4));
        assertThat(MerkleTree.consistencyPath(d, 2)).containsExactly(cd, d.get(4));
        assertThat(MerkleTree.consistencyPath(d, 5)).isEmpty();
    }

    static List<byte[]> leafHashes(int count) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            hashes.add(MerkleTree.leafHash(("d" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return hashes;
    }

    private static byte[] node(byte[] left, byte[] right) throws Exception {
        return sha256(concat(new byte[] {0x01}, left, right));
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
