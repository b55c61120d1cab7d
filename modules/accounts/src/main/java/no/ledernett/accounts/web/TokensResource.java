package no.ledernett.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.ledernett.accounts.ApiToken;
import no.ledernett.accounts.ApiTokens;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Allowed;
import no.ledernett.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * API tokens for programs: staff and contacts make, list and revoke their own (staff anyone's).
 * Tokens are managed by people only: a request signed in with a token cannot make or revoke one,
 * so a leaked token cannot keep itself alive.
 */
@ApplicationScoped
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Viewer.Role.STAFF, Viewer.Role.CONTACT})
public class TokensResource {

    public record TokenInput(String name, String scope, String expiresOn) {
    }

    /** A token as listed; {@code token} (the secret) only in the answer to its creation. */
    public record TokenJson(long id, String name, String scope, String owner, Instant createdAt, LocalDate expiresOn, Instant lastUsedAt,
                            Instant revokedAt, String token) {

        static TokenJson of(ApiToken t, String secret) {
            return new TokenJson(t.getId(), t.getName(), t.getScope().name(), t.getAccount().getEmail(), t.getCreatedAt(), t.getExpiresOn(),
                    t.getLastUsedAt(), t.getRevokedAt(), secret);
        }
    }

    @Inject
    ApiTokens tokens;

    @Inject
    Provider<Viewer> viewer;

    /** The request at hand (a proxy: this resource is made once). */
    @Inject
    HttpServletRequest request;

    @Operation(summary = "List API tokens",
            description = "The caller's own API tokens (staff: everyone's with ?all=true), with scope, expiry and when each was last used. Never the secret.")
    @GET
    public List<TokenJson> list(@QueryParam("all") boolean all) {
        byPerson();
        return tokens.list(viewer.get(), all).stream().map(t -> TokenJson.of(t, null)).toList();
    }

    @Operation(summary = "Create an API token",
            description = "Creates a named API token with a scope (READ or READ_WRITE) and a last valid day. The secret (lnt_…) is in this answer only; only its hash is kept. A contact's token reaches only their own municipality. Answers 201.")
    @POST
    public Response create(TokenInput input, @Context UriInfo uri) {
        byPerson();
        TokenInput given = Bodies.required(input);
        ApiTokens.Created created = tokens.create(viewer.get(), given.name(), given.scope(), given.expiresOn());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.token().getId())).build())
                .entity(TokenJson.of(created.token(), created.secret())).build();
    }

    @Operation(summary = "Revoke an API token",
            description = "Revokes a token at once, on every instance; its next use answers 401. Answers the revoked token.")
    @DELETE
    @Path("{id}")
    public TokenJson revoke(@PathParam("id") long id) {
        byPerson();
        return TokenJson.of(tokens.revoke(viewer.get(), id), null);
    }

    private void byPerson() {
        if (request.getAttribute(ApiTokens.VIA_TOKEN) != null) {
            throw new jakarta.ws.rs.ForbiddenException();
        }
    }
}
