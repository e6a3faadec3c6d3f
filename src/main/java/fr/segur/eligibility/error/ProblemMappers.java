package fr.segur.eligibility.error;

import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.validation.InvalidRequestException;
import fr.segur.eligibility.i18n.Messages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem body; nothing else, and never a stack trace, reaches the caller. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, HttpHeaders headers, UriInfo uri) {
        return invalid(locale(headers), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        Optional<FieldError> limit = JsonFieldErrors.limitExceeded("", e, locale);
        if (limit.isPresent()) {
            return invalid(locale, uri, List.of(limit.get()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalid(locale, uri, List.of(new FieldError(JsonFieldErrors.path("", mapping), JsonFieldErrors.message(mapping, locale))));
        }
        String where = e.getLocation() == null ? "" : " (" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ")";
        return invalid(locale, uri, List.of(new FieldError("$", Messages.render(locale, "error.malformedJson", where))));
    }

    /** Overrides Quarkus' own mapper for this Jackson type, which answers 400 with an empty body. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return unreadableJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return problem(404, "not-found", locale, e.detail(locale), uri, null);
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeProblem e, HttpHeaders headers, UriInfo uri) {
        return problem(413, "payload-too-large", locale(headers), e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, headers, uri);
        }
        Locale locale = locale(headers);
        return problem(status, "http-" + status, locale, Messages.render(locale, "problem.http." + status), uri, null);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        // The caller gets a generic body with no internals. An exception's message may quote the request (personal
        // data), so INFO and above get its type and where it was thrown; the message and stack go to DEBUG only.
        StackTraceElement[] stack = e.getStackTrace();
        LOG.errorf("Unexpected error on %s: %s at %s (message and stack trace at DEBUG level)", uri == null ? "?" : uri.getPath(),
                e.getClass().getName(), stack.length == 0 ? "?" : stack[0]);
        LOG.debugf(e, "Unexpected error");
        Locale locale = locale(headers);
        return problem(500, "internal-error", locale, Messages.render(locale, "problem.internal"), uri, null);
    }

    private static Response invalid(Locale locale, UriInfo uri, List<FieldError> errors) {
        return problem(400, "invalid-request", locale, Messages.render(locale, "problem.invalid.detail", errors.size()), uri, errors);
    }

    static Response problem(int status, String type, Locale locale, String detail, UriInfo uri, List<FieldError> errors) {
        Problem body = new Problem("urn:segur:problem:" + type, Messages.render(locale, "problem.title." + status),
                status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    static Locale locale(HttpHeaders headers) {
        return headers == null ? Messages.FRENCH : Messages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
