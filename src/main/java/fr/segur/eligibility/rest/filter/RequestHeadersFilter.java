package fr.segur.eligibility.rest.filter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request a correlation id (the caller's {@code X-Request-Id} when well formed, else a new one),
 * puts it in the log context and echoes it; marks evaluation answers, which carry personal data, as not to be
 * cached. The browser security headers of every answer are {@code security.SecurityHeaders}'.
 */
public class RequestHeadersFilter {

    static final String REQUEST_ID = "X-Request-Id";
    private static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @ServerRequestFilter(preMatching = true)
    public void assignRequestId(ContainerRequestContext request) {
        String given = request.getHeaderString(REQUEST_ID);
        String id = given != null && WELL_FORMED.matcher(given).matches() ? given : newId();
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    /**
     * A random (version 4) UUID. A correlation id must be unique, not unpredictable: {@code UUID.randomUUID()} draws
     * from SecureRandom, which every request thread then waits on.
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    @ServerResponseFilter
    public void addHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            headers.putSingle(REQUEST_ID, id);
        }
        if (request.getUriInfo().getPath().startsWith("/api/v1/evaluations")) {
            headers.putSingle("Cache-Control", "no-store");
        }
        MDC.remove(MDC_KEY);
    }
}
