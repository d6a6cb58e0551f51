package cn.govdisclosure.transparency;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Base64;

/**
 * The offline verifier: an auditor runs it on files fetched from the log (or handed over by anyone), with nothing
 * but this class's module and a JDK.
 * <pre>
 * Verify inclusion   &lt;public-key.pem&gt; &lt;checkpoint&gt; &lt;leaf.json&gt; &lt;inclusion-proof.json&gt;
 * Verify consistency &lt;public-key.pem&gt; &lt;checkpoint&gt; &lt;older-checkpoint&gt; &lt;consistency-proof.json&gt;
 * </pre>
 * {@code inclusion}: the checkpoint is signed by the key, and the leaf is at its index in the checkpoint's tree.
 * {@code consistency}: both checkpoints are signed by the key, for the same origin, and the older tree is a prefix
 * of the newer one, so the log was only appended to in between. Prints the verdict; exit status 0 when verified,
 * 1 when not, 2 when the arguments are wrong.
 */
public final class Verify {

    private static final String USAGE = """
            usage: Verify inclusion <public-key.pem> <checkpoint> <leaf.json> <inclusion-proof.json>
                   Verify consistency <public-key.pem> <checkpoint> <older-checkpoint> <consistency-proof.json>""";

    private Verify() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 5 || !(args[0].equals("inclusion") || args[0].equals("consistency"))) {
            out.println(USAGE);
            return 2;
        }
        try {
            PublicKey key = Ed25519Keys.readPublicKey(read(args[1]));
            SignedCheckpoint checkpoint = SignedCheckpoint.parse(read(args[2]));
            String verdict = args[0].equals("inclusion")
                    ? inclusion(key, checkpoint, LogLeaf.fromJson(read(args[3])),
                            InclusionProof.fromJson(read(args[4])))
                    : consistency(key, checkpoint, SignedCheckpoint.parse(read(args[3])),
                            ConsistencyProof.fromJson(read(args[4])));
            out.println(verdict);
            return verdict.startsWith("VERIFIED") ? 0 : 1;
        } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
            out.println("NOT VERIFIED: unreadable input: " + e.getMessage());
            return 1;
        }
    }

    private static String inclusion(PublicKey key, SignedCheckpoint signed, LogLeaf leaf, InclusionProof proof) {
        Checkpoint checkpoint = signed.checkpoint();
        if (!signed.verify(key)) {
            return "NOT VERIFIED: the checkpoint is not signed by this key";
        }
        if (proof.treeSize() != checkpoint.treeSize() || proof.leafIndex() != leaf.leafIndex()) {
            return "NOT VERIFIED: the proof is for leaf " + proof.leafIndex() + " of a tree of " + proof.treeSize()
                    + ", not leaf " + leaf.leafIndex() + " of the checkpoint's " + checkpoint.treeSize();
        }
        if (!proof.verify(leaf.leaf(), checkpoint.rootHash())) {
            return "NOT VERIFIED: the leaf is not at index " + leaf.leafIndex() + " of the tree with root "
                    + base64(checkpoint.rootHash());
        }
        return "VERIFIED: leaf " + leaf.leafIndex() + " (leaf hash " + base64(leaf.leafHash()) + ") is in "
                + describe(checkpoint) + "\n--- leaf ---\n" + new String(leaf.leaf(), StandardCharsets.UTF_8);
    }

    private static String consistency(PublicKey key, SignedCheckpoint newer, SignedCheckpoint older,
                                      ConsistencyProof proof) {
        if (!newer.verify(key) || !older.verify(key)) {
            return "NOT VERIFIED: a checkpoint is not signed by this key";
        }
        Checkpoint second = newer.checkpoint();
        Checkpoint first = older.checkpoint();
        if (!first.origin().equals(second.origin())) {
            return "NOT VERIFIED: the checkpoints are of different logs";
        }
        if (proof.firstSize() != first.treeSize() || proof.secondSize() != second.treeSize()) {
            return "NOT VERIFIED: the proof is from size " + proof.firstSize() + " to " + proof.secondSize()
                    + ", the checkpoints are of sizes " + first.treeSize() + " and " + second.treeSize();
        }
        if (!proof.verify(first.rootHash(), second.rootHash())) {
            return "NOT VERIFIED: the tree of " + first.treeSize() + " is not a prefix of the tree of "
                    + second.treeSize() + "; the log was not only appended to";
        }
        return "VERIFIED: " + describe(second) + " only appended to " + describe(first);
    }

    private static String describe(Checkpoint checkpoint) {
        return "the log " + checkpoint.origin() + " of " + checkpoint.treeSize() + " leaves (root "
                + base64(checkpoint.rootHash()) + ", " + checkpoint.timestamp() + ")";
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }
}
