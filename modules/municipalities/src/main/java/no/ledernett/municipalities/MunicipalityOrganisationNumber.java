package no.ledernett.municipalities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/** A municipality's organisation number, the buyer on its invoices (seeded, corrected by staff). */
@Entity
@Table(name = "municipality_organisation_number")
public class MunicipalityOrganisationNumber implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "municipality_number")
    private String number;

    @Column(name = "organisation_number")
    private String organisationNumber;

    @Version
    private long version;

    protected MunicipalityOrganisationNumber() {
    }

    MunicipalityOrganisationNumber(String number, String organisationNumber) {
        this.number = number;
        this.organisationNumber = organisationNumber;
    }

    String getNumber() {
        return number;
    }

    String getOrganisationNumber() {
        return organisationNumber;
    }

    void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }
}
