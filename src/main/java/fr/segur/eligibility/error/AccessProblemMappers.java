package fr.segur.eligibility.error;

import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.security.AuthSettings;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers refused access with problem bodies: 401 with a {@code WWW-Authenticate: Bearer} challenge when the token
 * is missing or invalid (bad signature, wrong issuer, expired), 403 when it lacks the evaluator role. The token
 * itself is never logged.
 */
public class AccessProblemMappers {

    private static final Logger LOG = Logger.getLogger(AccessProblemMappers.class);

    @ServerExceptionMapper
    public Response noToken(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        LOG.infof("Access refused (401): no bearer token on %s", path(uri));
        return unauthorized(headers, uri, "Bearer realm=\"" + AuthSettings.REALM + "\"");
    }

    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        LOG.infof("Access refused (401): invalid bearer token on %s", path(uri));
        LOG.debugf(e, "Token rejected");
        return unauthorized(headers, uri, "Bearer realm=\"" + AuthSettings.REALM + "\", error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        LOG.infof("Access refused (403): token without the %s role on %s", AuthSettings.EVALUATOR_ROLE, path(uri));
        Locale locale = ProblemMappers.locale(headers);
        return ProblemMappers.problem(403, "forbidden", locale, Messages.render(locale,
                "problem.forbidden", AuthSettings.EVALUATOR_ROLE), uri, null);
    }

    private static Response unauthorized(HttpHeaders headers, UriInfo uri, String challenge) {
        Locale locale = ProblemMappers.locale(headers);
        Response problem = ProblemMappers.problem(401, "unauthorized", locale,
                Messages.render(locale, "problem.unauthorized"), uri, null);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? "?" : uri.getPath();
    }
}
