package fr.segur.eligibility.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The test service with authentication on, trusting the test issuer's public key. */
public class AuthOnProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("eligibility.auth.enabled", "true",
                "mp.jwt.verify.publickey.location", "classpath:" + TestTokens.PUBLIC_KEY,
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }
}
