package fr.segur.eligibility.rest.filter;

import fr.segur.eligibility.error.Problem;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.config.EligibilityConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.vertx.core.json.Json;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses request bodies over the document limit before they are read, with a problem body. JSON and CSV
 * documents are read whole, so their length must be declared and at most
 * {@code eligibility.http.max-document-size}; NDJSON is streamed line by line and only bound by the transport
 * limit {@code quarkus.http.limits.max-body-size}.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private static final String NDJSON = "application/x-ndjson";

    /** The operations that take one employee, bound by {@code eligibility.http.max-single-size}. */
    private static final Set<String> SINGLE = Set.of("/api/v1/evaluations", "/api/v1/evaluations/schedule");

    private final long maxDocumentSize;
    private final long maxSingleSize;

    BodyLimitFilter(EligibilityConfig config) {
        this.maxDocumentSize = config.http().maxDocumentSize().asLongValue();
        this.maxSingleSize = config.http().maxSingleSize().asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
    }

    private void check(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        boolean hasBody = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (!hasBody || (type != null && type.startsWith(NDJSON))) {
            ctx.next();
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean single = SINGLE.contains(ctx.request().path());
        long limit = single ? maxSingleSize : maxDocumentSize;
        if (length == null && streamsBody(ctx)) {
            reject(ctx, 411, "problem.lengthRequired", limit);
        } else if (length != null && parse(length) > limit) {
            reject(ctx, 413, single ? "problem.singleTooLarge" : "problem.bodyTooLarge", limit);
        } else {
            ctx.next();
        }
    }

    /** A body of undeclared length: chunked in HTTP/1.1, or any HTTP/2 request without content-length. */
    private static boolean streamsBody(RoutingContext ctx) {
        return "chunked".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING))
                || (ctx.request().version() == io.vertx.core.http.HttpVersion.HTTP_2 && !ctx.request().isEnded());
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
            reject(ctx, 413, "problem.streamTooLarge", maxDocumentSize);
            return;
        }
        ctx.next();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void reject(RoutingContext ctx, int status, String detailKey, long limit) {
        Locale locale = Messages.fromAcceptLanguage(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String detail = Messages.render(locale, detailKey, String.valueOf(limit));
        Problem problem = new Problem("urn:segur:problem:" + (status == 411 ? "length-required" : "payload-too-large"),
                Messages.render(locale, "problem.title." + status), status, detail, ctx.request().path(), null);
        // Written by the filter before any resource runs, so through Vert.x's JSON codec (Jackson underneath).
        String body = Json.encode(problem);
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
