package cn.govdisclosure.publication.config;

import cn.govdisclosure.publication.command.TransparencyLogKey;
import cn.govdisclosure.transparency.Ed25519Keys;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The transparency log's key, from the settings. */
@Configuration(proxyBeanMethods = false)
class TransparencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TransparencyConfiguration.class);
    private static final byte[] PAIR_CHECK = {1};

    @Bean
    TransparencyLogKey transparencyLogKey(PublicationProperties properties) {
        PublicationProperties.Transparency settings = properties.transparency();
        String origin = blank(settings.origin()) ? properties.publicBaseUrl() + "/api/transparency"
                : settings.origin();
        if (blank(settings.privateKey()) && blank(settings.publicKey())) {
            log.warn("publication.transparency.private-key/public-key are not set: the transparency log signs with a "
                    + "key made for this process only, which auditors cannot keep using after a restart");
            KeyPair pair = Ed25519Keys.generate();
            return new TransparencyLogKey(origin, pair.getPrivate(), pair.getPublic());
        }
        if (blank(settings.privateKey()) || blank(settings.publicKey())) {
            throw new IllegalStateException(
                    "Set both publication.transparency.private-key and publication.transparency.public-key");
        }
        TransparencyLogKey key = new TransparencyLogKey(origin,
                Ed25519Keys.readPrivateKey(pem("PRIVATE KEY", settings.privateKey())),
                Ed25519Keys.readPublicKey(pem("PUBLIC KEY", settings.publicKey())));
        checkPair(key);
        return key;
    }

    /* A mismatched pair would sign checkpoints that fail against the key the service hands out. */
    private static void checkPair(TransparencyLogKey key) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.privateKey());
            signer.update(PAIR_CHECK);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.publicKey());
            verifier.update(PAIR_CHECK);
            if (!verifier.verify(signature)) {
                throw new IllegalStateException("publication.transparency.public-key is not the private key's");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The transparency log key cannot sign", e);
        }
    }

    private static String pem(String type, String value) {
        String trimmed = value.trim();
        if (trimmed.startsWith("-----BEGIN")) {
            return trimmed;
        }
        Base64.getMimeDecoder().decode(trimmed);
        return "-----BEGIN " + type + "-----\n" + trimmed + "\n-----END " + type + "-----\n";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
