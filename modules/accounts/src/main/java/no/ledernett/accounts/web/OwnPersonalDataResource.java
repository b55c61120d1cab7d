package no.ledernett.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.ledernett.accounts.PersonalData;
import no.ledernett.platform.ReadTogether;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Allowed;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A leader downloads everything kept about them, confidential texts included (GDPR art. 15 and
 * 20), from the portal. Takes no id: whose data it is comes from who is signed in. Here rather than
 * in the portal module because the export includes the user account, which is the accounts module's.
 */
@ApplicationScoped
@Path("portal/personal-data")
@Produces(MediaType.APPLICATION_JSON)
public class OwnPersonalDataResource {

    @Inject
    PersonalData personalData;

    @Inject
    Provider<Viewer> viewer;

    @Operation(summary = "Download my personal data",
            description = "A leader's own personal data (GDPR art. 15) as a JSON file.")
    @GET
    @Allowed(Viewer.Role.PARTICIPANT)
    @ReadTogether
    public Response export() {
        return Response.ok(personalData.own(viewer.get()))
                .header("Content-Disposition", "attachment; filename=\"mine-personopplysninger.json\"").build();
    }
}
