package cn.govdisclosure.publication.command;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;

/** The transparency log's name ({@code origin}, the first line of every checkpoint) and its Ed25519 key pair. */
public record TransparencyLogKey(String origin, PrivateKey privateKey, PublicKey publicKey) {

    public TransparencyLogKey {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
