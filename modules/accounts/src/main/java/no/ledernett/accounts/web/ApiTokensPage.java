package no.ledernett.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.ledernett.accounts.ApiToken;
import no.ledernett.accounts.ApiTokens;
import no.ledernett.platform.NorwegianTime;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;

/**
 * API tokens on screen, for staff (everyone's, to revoke a departed contact's) and for a contact
 * (their own): make one, see its secret this once, see when each was last used, revoke.
 */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    @Inject
    Viewer viewer;

    private String name;
    private ApiToken.Scope scope = ApiToken.Scope.READ;
    private LocalDate expiresOn = NorwegianTime.today().plusDays(90);
    /** The secret of the token just made: shown on this render; never written to the session store of the cluster. */
    private transient String secret;
    private String secretName;
    private transient List<ApiToken> list;

    public void create() {
        secret = null;
        FormMessages.attemptToGet("token", "common.conflict",
                () -> tokens.create(viewer, name, scope == null ? null : scope.name(), expiresOn == null ? null : expiresOn.toString()))
                .ifPresent(created -> {
                    secret = created.secret();
                    secretName = created.token().getName();
                    name = null;
                    list = null;
                });
    }

    public void revoke(long id) {
        if (FormMessages.attempt("tokens", "common.conflict", () -> tokens.revoke(viewer, id))) {
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
            list = null;
        }
    }

    public List<ApiToken> getList() {
        if (list == null) {
            list = tokens.list(viewer, viewer.is(Viewer.Role.STAFF));
        }
        return list;
    }

    public boolean isStaff() {
        return viewer.is(Viewer.Role.STAFF);
    }

    public boolean expired(ApiToken token) {
        return NorwegianTime.today().isAfter(token.getExpiresOn());
    }

    public ApiToken.Scope[] getScopes() {
        return ApiToken.Scope.values();
    }

    public LocalDate getLastDay() {
        return NorwegianTime.today().plusDays(366);
    }

    public LocalDate getToday() {
        return NorwegianTime.today();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApiToken.Scope getScope() {
        return scope;
    }

    public void setScope(ApiToken.Scope scope) {
        this.scope = scope;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getSecret() {
        return secret;
    }

    public String getSecretName() {
        return secretName;
    }
}
