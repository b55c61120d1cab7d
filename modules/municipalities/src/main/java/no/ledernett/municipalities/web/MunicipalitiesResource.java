package no.ledernett.municipalities.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ledernett.municipalities.Contacts;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.municipalities.MunicipalitySearch;
import no.ledernett.municipalities.MunicipalitySummary;
import no.ledernett.municipalities.WrittenForms;
import no.ledernett.platform.County;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;

@ApplicationScoped
@Path("municipalities")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalitiesResource {

    @Inject
    MunicipalityDirectory directory;

    @Inject
    Contacts contacts;

    @Inject
    Engagements engagements;

    @Inject
    WrittenForms writtenForms;

    @Inject
    no.ledernett.municipalities.OrganisationNumbers organisationNumbers;

    @Operation(summary = "Search municipalities",
            description = "The 357 municipalities by name, Sami or Kven name or number, by county, or only clients (with a draft or active engagement); paged (size at most 200).")
    @GET
    public Page<MunicipalitySummary> search(@QueryParam("q") String text, @QueryParam("county") String county,
                                            @QueryParam("clientsOnly") @DefaultValue("false") boolean clientsOnly,
                                            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return directory.search(new MunicipalitySearch(text, county, clientsOnly), PageRequest.of(page, size));
    }

    @Operation(summary = "List the counties",
            description = "The counties with their numbers and names.")
    @GET
    @Path("counties")
    public List<County> counties() {
        return directory.counties();
    }

    @Operation(summary = "Read a municipality",
            description = "One municipality by its four-digit number, with its county and whether it is a client.")
    @GET
    @Path("{number}")
    public MunicipalitySummary get(@PathParam("number") String number) {
        return directory.get(parse(number));
    }

    @Operation(summary = "List a municipality's contacts",
            description = "The contact persons of one municipality.")
    @GET
    @Path("{number}/contacts")
    public List<ContactJson> contacts(@PathParam("number") String number) {
        MunicipalityNumber parsed = existing(number);
        return contacts.of(parsed).stream().map(ContactJson::of).toList();
    }

    @Operation(summary = "List a municipality's engagements",
            description = "The engagements of one municipality, each with its hour budget, hours used and remaining.")
    @GET
    @Path("{number}/engagements")
    public List<EngagementJson> engagements(@PathParam("number") String number) {
        MunicipalityNumber parsed = existing(number);
        var list = engagements.of(parsed);
        var use = engagements.budgetUse(list);
        return list.stream().map(e -> EngagementJson.of(e, use.get(e.getId()))).toList();
    }

    /** The written form (målform) the municipality's contacts and leaders see until they choose a language. */
    @Operation(summary = "Read a municipality's written form",
            description = "The municipality's written form (målform): BOKMAL, NYNORSK or NEUTRAL. Its contacts and leaders read screens, e-mails and calendar entries in it unless they chose a language.")
    @GET
    @Path("{number}/written-form")
    public WrittenFormJson writtenForm(@PathParam("number") String number) {
        return new WrittenFormJson(writtenForms.of(existing(number)).name());
    }

    @Operation(summary = "Set a municipality's written form",
            description = "Sets the written form (BOKMAL, NYNORSK or NEUTRAL); its people see it from their next sign-in.")
    @PUT
    @Path("{number}/written-form")
    @Consumes(MediaType.APPLICATION_JSON)
    public WrittenFormJson setWrittenForm(@PathParam("number") String number, WrittenFormJson input) {
        return new WrittenFormJson(writtenForms.set(parse(number), input == null ? null : input.writtenForm()).name());
    }

    /** The organisation number that invoices to the municipality name as buyer; 404 when none is known yet. */
    @Operation(summary = "Read a municipality's organisation number",
            description = "The organisation number used as the buyer on EHF invoices; 404 while none is known.")
    @GET
    @Path("{number}/organisation-number")
    public OrganisationNumberJson organisationNumber(@PathParam("number") String number) {
        return organisationNumbers.of(existing(number)).map(o -> new OrganisationNumberJson(o.value()))
                .orElseThrow(() -> new NotFoundException("Organisation number", number));
    }

    /** Corrects it: nine digits with a valid check digit (spaces allowed), else 400 naming the field. */
    @Operation(summary = "Set a municipality's organisation number",
            description = "Sets the organisation number: nine digits with a valid modulus 11 check digit (spaces allowed), else 400.")
    @PUT
    @Path("{number}/organisation-number")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganisationNumberJson setOrganisationNumber(@PathParam("number") String number, OrganisationNumberJson input) {
        return new OrganisationNumberJson(organisationNumbers.set(parse(number), Bodies.required(input).organisationNumber()).value());
    }

    /** @param organisationNumber nine digits, as in Enhetsregisteret */
    public record OrganisationNumberJson(String organisationNumber) {
    }

    /** @param writtenForm BOKMAL, NYNORSK or NEUTRAL */
    public record WrittenFormJson(String writtenForm) {
    }

    private MunicipalityNumber existing(String number) {
        MunicipalityNumber parsed = parse(number);
        directory.find(parsed).orElseThrow(() -> new NotFoundException("Municipality", number));
        return parsed;
    }

    /** In a path, a malformed number is simply a page that does not exist. */
    private static MunicipalityNumber parse(String number) {
        if (!MunicipalityNumber.isWellFormed(number)) {
            throw new NotFoundException("Municipality", number);
        }
        return new MunicipalityNumber(number.trim());
    }
}
