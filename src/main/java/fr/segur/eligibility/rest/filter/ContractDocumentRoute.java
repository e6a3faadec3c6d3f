package fr.segur.eligibility.rest.filter;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves {@code /q/openapi} in YAML as the contract file's own bytes. SmallRye re-writes the document it reads, and
 * its writer leaves dates such as versions ({@code "2024-01-01"}) unquoted, which YAML 1.1 parsers read as
 * timestamps; the JSON form ({@code ?format=json} or {@code Accept: application/json}) is still SmallRye's.
 */
@ApplicationScoped
public class ContractDocumentRoute {

    private static final String PATH = "/q/openapi";

    private final Buffer contract = Buffer.buffer(read());

    void register(@Observes Router router) {
        router.get(PATH).order(Integer.MIN_VALUE + 1).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        boolean json = "json".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("json"));
        if (json) {
            ctx.next();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/yaml;charset=UTF-8").end(contract);
    }

    private static byte[] read() {
        try (InputStream in = ContractDocumentRoute.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/openapi.yaml missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
