package cn.govdisclosure.standalone;

import cn.govdisclosure.support.security.Pem;
import cn.govdisclosure.transparency.Ed25519Keys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The standalone system's secrets, created on first start and kept in the data directory ({@code secrets/}, readable
 * by the owner only) so that tokens, passwords and signatures stay valid across restarts: the RSA key pair that
 * signs and verifies tokens, the first administrator's password, each service's key for signing its Kafka
 * messages, and the Ed25519 key pair that signs the transparency log's checkpoints.
 */
final class StandaloneSecrets {

    private final Path directory;

    private StandaloneSecrets(Path directory) {
        this.directory = directory;
    }

    static StandaloneSecrets in(Path dataDirectory) {
        Path directory = dataDirectory.resolve("secrets");
        try {
            Files.createDirectories(directory);
            if (!Files.exists(directory.resolve("token-signing-key.pem"))) {
                KeyPair keys = Pem.newRsaKeyPair();
                write(directory.resolve("token-verification-key.pem"), Pem.publicKey(keys));
                write(directory.resolve("token-signing-key.pem"), Pem.privateKey(keys));
            }
            if (!Files.exists(directory.resolve("transparency-log-signing-key.pem"))) {
                KeyPair keys = Ed25519Keys.generate();
                write(directory.resolve("transparency-log-public-key.pem"), Ed25519Keys.publicKeyPem(keys.getPublic()));
                write(directory.resolve("transparency-log-signing-key.pem"),
                        Ed25519Keys.privateKeyPem(keys.getPrivate()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StandaloneSecrets(directory);
    }

    String tokenVerificationKey() {
        return read("token-verification-key.pem");
    }

    String tokenSigningKey() {
        return read("token-signing-key.pem");
    }

    String transparencyLogPublicKey() {
        return read("transparency-log-public-key.pem");
    }

    String transparencyLogSigningKey() {
        return read("transparency-log-signing-key.pem");
    }

    String adminPassword() {
        return randomSecret("admin-password");
    }

    String messageSigningKey(String service) {
        return randomSecret(service + "-message-signing-key");
    }

    Path directory() {
        return directory;
    }

    private String randomSecret(String name) {
        Path file = directory.resolve(name);
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[16];
                new SecureRandom().nextBytes(random);
                write(file, HexFormat.of().formatHex(random));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(name).strip();
    }

    private String read(String name) {
        try {
            return Files.readString(directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the file keeps the directory's permissions.
        }
    }
}
