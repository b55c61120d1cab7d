package no.ledernett.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The consultancy as the seller on its invoices, from configuration ({@code ledernett.invoicing.seller.*},
 * or environment variables such as {@code LEDERNETT_INVOICING_SELLER_ORGANISATION_NUMBER}). The defaults
 * are a demo company; an operator sets the real ones before the first invoice is approved.
 */
@ApplicationScoped
public class Seller {

    @Inject
    @ConfigProperty(name = "ledernett.invoicing.seller.name", defaultValue = "Ledernett AS")
    String name;

    @Inject
    @ConfigProperty(name = "ledernett.invoicing.seller.organisation-number", defaultValue = "912345602")
    String organisationNumber;

    /** Registered for VAT (Merverdiavgiftsregisteret): the VAT number is then the organisation number with NO…MVA. */
    @Inject
    @ConfigProperty(name = "ledernett.invoicing.seller.vat-registered", defaultValue = "true")
    boolean vatRegistered;

    @Inject
    @ConfigProperty(name = "ledernett.invoicing.seller.street", defaultValue = "Storgata 1")
    String street;

    @Inject
    @ConfigProperty(name = "ledernett.invoicing.seller.postcode", defaultValue = "0155")
    String postcode;

    @Inject
    @ConfigProperty(name = "ledernett.invoicing.seller.city", defaultValue = "Oslo")
    String city;

    /** Norwegian bank account (11 digits) that payments go to. */
    @Inject
    @ConfigProperty(name = "ledernett.invoicing.seller.account", defaultValue = "15031234503")
    String account;

    @Inject
    @ConfigProperty(name = "ledernett.invoicing.seller.email", defaultValue = "faktura@ledernett.no")
    String email;

    @Inject
    @ConfigProperty(name = "ledernett.invoicing.payment-days", defaultValue = "30")
    int paymentDays;

    /** For tests outside the container. */
    static Seller of(String name, String organisationNumber, boolean vatRegistered, String street, String postcode, String city, String account,
                     String email, int paymentDays) {
        Seller seller = new Seller();
        seller.name = name;
        seller.organisationNumber = organisationNumber;
        seller.vatRegistered = vatRegistered;
        seller.street = street;
        seller.postcode = postcode;
        seller.city = city;
        seller.account = account;
        seller.email = email;
        seller.paymentDays = paymentDays;
        return seller;
    }

    public String name() {
        return name;
    }

    public String organisationNumber() {
        return organisationNumber;
    }

    public boolean vatRegistered() {
        return vatRegistered;
    }

    public String street() {
        return street;
    }

    public String postcode() {
        return postcode;
    }

    public String city() {
        return city;
    }

    public String account() {
        return account;
    }

    public String email() {
        return email;
    }

    public int paymentDays() {
        return paymentDays;
    }
}
