package fr.segur.eligibility.security;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the browser-facing security headers on every answer, whoever produces it (resources, problem bodies,
 * health, Swagger UI): a Content-Security-Policy, no framing, no referrer, and no header naming the server.
 * Registered before every other route so that even answers ended early (411, 413) carry them.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** API answers (JSON, CSV, NDJSON, problems): nothing may load, nothing may frame them. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** The rule set pages carry their own inline stylesheet and nothing else. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Swagger UI's page bootstraps itself with inline script and style and calls the API from the same origin. */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static final String SWAGGER_UI = "/q/swagger-ui";
    private static final String DEV_UI = "/q/dev-ui";

    void register(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> addHeaders(ctx));
            ctx.next();
        });
    }

    private static void addHeaders(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        String path = ctx.request().path();
        response.headers().remove(HttpHeaders.SERVER);
        response.headers().remove("X-Powered-By");
        response.putHeader("Referrer-Policy", "no-referrer");
        response.putHeader("X-Frame-Options", "DENY");
        response.putHeader("X-Content-Type-Options", "nosniff");
        if (path != null && path.startsWith(DEV_UI) && LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            return; // the dev-mode console exists only under ./mvnw quarkus:dev and needs scripts of its own
        }
        response.putHeader("Content-Security-Policy", policy(path, response.headers().get(HttpHeaders.CONTENT_TYPE)));
    }

    static String policy(String path, String contentType) {
        if (path != null && path.startsWith(SWAGGER_UI)) {
            return SWAGGER_UI_POLICY;
        }
        if (contentType != null && contentType.startsWith("text/html")) {
            return PAGE_POLICY;
        }
        return API_POLICY;
    }
}
