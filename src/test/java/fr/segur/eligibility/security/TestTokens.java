package fr.segur.eligibility.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

/**
 * Bearer tokens for the tests, signed with the test key pair of {@code src/test/resources/jwt/} (test-only keys:
 * the private halves are committed on purpose and protect nothing).
 */
public final class TestTokens {

    public static final String ISSUER = "https://auth.test.segur.example/realms/paie";
    public static final String PUBLIC_KEY = "jwt/public-key.pem";

    private TestTokens() {
    }

    /** A token valid for an hour, with the given roles, signed by the issuer's key. */
    public static String withRoles(String... roles) {
        return sign(ISSUER, Set.of(roles), Instant.now().plusSeconds(3600), "/jwt/private-key.pem");
    }

    public static String evaluator() {
        return withRoles(AuthSettings.EVALUATOR_ROLE);
    }

    /** Expired an hour ago, well beyond any clock skew allowance. */
    public static String expired() {
        return sign(ISSUER, Set.of(AuthSettings.EVALUATOR_ROLE), Instant.now().minusSeconds(3600), "/jwt/private-key.pem");
    }

    /** Right claims, signed by another key. */
    public static String signedByAnotherKey() {
        return sign(ISSUER, Set.of(AuthSettings.EVALUATOR_ROLE), Instant.now().plusSeconds(3600), "/jwt/other-private-key.pem");
    }

    public static String fromAnotherIssuer() {
        return sign("https://elsewhere.example/", Set.of(AuthSettings.EVALUATOR_ROLE), Instant.now().plusSeconds(3600), "/jwt/private-key.pem");
    }

    private static String sign(String issuer, Set<String> roles, Instant expiresAt, String keyResource) {
        try {
            PrivateKey key = KeyUtils.readPrivateKey(keyResource);
            return Jwt.issuer(issuer).upn("paie-rh@test").subject("paie-rh").groups(roles)
                    .issuedAt(expiresAt.minusSeconds(7200)).expiresAt(expiresAt).sign(key);
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a test token with " + keyResource, e);
        }
    }
}
