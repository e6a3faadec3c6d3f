package fr.segur.eligibility.security;

import fr.segur.eligibility.config.EligibilityConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKeySet;

/**
 * The authentication of the evaluation endpoints (role {@value #EVALUATOR_ROLE} in the token's groups claim) and its
 * start-up check: with {@code eligibility.auth.enabled} on, the service refuses to start unless the issuer and a
 * readable public key are configured, rather than start and accept or refuse tokens for a reason nobody sees.
 */
@ApplicationScoped
public class AuthSettings {

    public static final String EVALUATOR_ROLE = "segur-evaluator";
    public static final String REALM = "segur-eligibility";

    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";

    private static final Logger LOG = Logger.getLogger(AuthSettings.class);

    void check(@Observes StartupEvent event, EligibilityConfig eligibility, Config config) {
        if (!eligibility.auth().enabled()) {
            LOG.warn("Authentication is OFF (eligibility.auth.enabled=false): the evaluation endpoints answer anyone");
            return;
        }
        try {
            String issuer = config.getOptionalValue(ISSUER, String.class).filter(s -> !s.isBlank())
                    .orElseThrow(() -> new IllegalStateException("no issuer: set " + ISSUER + " (MP_JWT_VERIFY_ISSUER)"));
            String source = checkKey(config);
            LOG.infof("Authentication is on: evaluations need a bearer token from %s with the %s role (key: %s)",
                    issuer, EVALUATOR_ROLE, source);
        } catch (IllegalStateException e) {
            String message = "Authentication is on (eligibility.auth.enabled=true) but misconfigured, the service will not start: "
                    + e.getMessage() + "; or turn authentication off with ELIGIBILITY_AUTH_ENABLED=false";
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }

    /** Reads and parses the configured key once, so that a missing or placeholder key stops start-up. */
    private static String checkKey(Config config) {
        Optional<String> inline = config.getOptionalValue(KEY, String.class).filter(AuthSettings::isSet);
        if (inline.isPresent()) {
            parse(inline.get(), KEY);
            return KEY;
        }
        String location = config.getOptionalValue(KEY_LOCATION, String.class).filter(AuthSettings::isSet)
                .orElseThrow(() -> new IllegalStateException("no public key: set " + KEY_LOCATION
                        + " (MP_JWT_VERIFY_PUBLICKEY_LOCATION) to a PEM or JWK set file, or an https JWKS address"));
        if (location.startsWith("https:") || location.startsWith("http:")) {
            return location; // a JWKS endpoint, fetched and refreshed by the verifier
        }
        parse(read(location), location);
        return location;
    }

    /** SmallRye JWT's own default for an unset key is the word NONE. */
    private static boolean isSet(String value) {
        return !value.isBlank() && !"NONE".equals(value.trim());
    }

    private static String read(String location) {
        try {
            if (location.startsWith("classpath:")) {
                try (InputStream in = Thread.currentThread().getContextClassLoader()
                        .getResourceAsStream(location.substring("classpath:".length()).replaceFirst("^/", ""))) {
                    if (in == null) {
                        throw new IllegalStateException("public key " + location + " not found");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
            if (!Files.isReadable(file)) {
                throw new IllegalStateException("public key file " + file + " does not exist or is not readable");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("public key " + location + " cannot be read: " + e.getMessage());
        }
    }

    /** An X.509 SubjectPublicKeyInfo of any algorithm a JWT can be signed with. */
    private static void publicKey(byte[] der) throws GeneralSecurityException {
        for (String algorithm : new String[] {"RSA", "EC", "EdDSA"}) {
            try {
                KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
                return;
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new GeneralSecurityException("not an RSA, EC or EdDSA public key");
    }

    private static void parse(String content, String where) {
        String text = content.trim();
        try {
            if (text.startsWith("{")) {
                if (new JsonWebKeySet(text.contains("\"keys\"") ? text : "{\"keys\":[" + text + "]}").getJsonWebKeys().isEmpty()) {
                    throw new IllegalStateException("the JWK set at " + where + " holds no key");
                }
            } else if (text.contains("BEGIN CERTIFICATE")) {
                CertificateFactory.getInstance("X.509").generateCertificate(
                        new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
            } else {
                publicKey(Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "")));
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the public key at " + where
                    + " is not a PEM public key or a JWK set (the manifest k8s/jwt-public-key-secret.yaml ships a placeholder to replace)");
        }
    }
}
