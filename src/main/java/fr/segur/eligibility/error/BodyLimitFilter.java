package fr.segur.eligibility.error;

import fr.segur.eligibility.api.Messages;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers bodies over {@code quarkus.http.limits.max-body-size} with a 413 problem body. Vert.x would close
 * the connection with an empty 413; checking the declared length first lets the caller read why.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final long maxBodySize;

    BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkDeclaredLength);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
    }

    private void checkDeclaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            reject(ctx);
            return;
        }
        ctx.next();
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
            reject(ctx);
            return;
        }
        ctx.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void reject(RoutingContext ctx) {
        Locale locale = Messages.fromAcceptLanguage(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String detail = Messages.render(locale, "problem.bodyTooLarge", String.valueOf(maxBodySize));
        String body = "{\"type\":\"urn:segur:problem:payload-too-large\",\"title\":\""
                + Messages.render(locale, "problem.title.413") + "\",\"status\":413,\"detail\":\"" + detail
                + "\",\"instance\":\"" + ctx.request().path().replace("\"", "") + "\"}";
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
