package cn.govdisclosure.transparency;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;

/**
 * A checkpoint with the log's Ed25519 signature over its canonical text. The file form, which the log serves and
 * the verifier reads, is the canonical text, an empty line, and {@code signature <base64>}:
 * <pre>
 * cn.govdisclosure.publication
 * 3
 * 0fMiJ3kQ…=
 * 2024-01-24T08:00:00Z
 *
 * signature 9a2P…==
 * </pre>
 */
public record SignedCheckpoint(Checkpoint checkpoint, byte[] signature) {

    private static final String SIGNATURE_PREFIX = "signature ";

    public SignedCheckpoint {
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public static SignedCheckpoint sign(Checkpoint checkpoint, PrivateKey key) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(checkpoint.canonicalBytes());
            return new SignedCheckpoint(checkpoint, ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a checkpoint with this key", e);
        }
    }

    /** Whether {@code key} signed exactly this checkpoint. */
    public boolean verify(PublicKey key) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(checkpoint.canonicalBytes());
            return ed25519.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public String text() {
        return checkpoint.canonicalText() + "\n" + SIGNATURE_PREFIX + Base64.getEncoder().encodeToString(signature)
                + "\n";
    }

    public static SignedCheckpoint parse(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        // four lines, an empty one, the signature line, and what follows its line feed
        if (lines.length < 6 || !lines[4].isEmpty() || !lines[5].startsWith(SIGNATURE_PREFIX)
                || Arrays.stream(lines, 6, lines.length).anyMatch(line -> !line.isEmpty())) {
            throw new IllegalArgumentException("Not a signed checkpoint");
        }
        return new SignedCheckpoint(Checkpoint.parse(Arrays.copyOf(lines, 4)),
                Base64.getDecoder().decode(lines[5].substring(SIGNATURE_PREFIX.length()).trim()));
    }
}
