package no.ledernett.municipalities;

import java.io.Serializable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kommune of the 2024 structure. Reference data: loaded by migration, never edited here. */
@Entity
@Table(name = "municipality")
@Cacheable
public class Municipality implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "municipality_number")
    private String number;

    private String name;

    @Column(name = "county_number")
    private String countyNumber;

    /** As the migration loaded it; pages and the API name counties from platform's {@code Counties}, the one list of them. */
    @Column(name = "county_name")
    private String countyName;

    @Column(name = "other_names")
    private String otherNames;

    protected Municipality() {
    }

    /** Municipalities come from the migrations; this is for tests of code that reads them. */
    Municipality(String number, String name, String countyNumber, String countyName, String otherNames) {
        this.number = number;
        this.name = name;
        this.countyNumber = countyNumber;
        this.countyName = countyName;
        this.otherNames = otherNames;
    }

    public MunicipalityNumber number() {
        return new MunicipalityNumber(number);
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getCountyNumber() {
        return countyNumber;
    }

    public String getOtherNames() {
        return otherNames;
    }

    /** Name with the Sami or Kven name beside it, as the municipality itself writes it. */
    public String getDisplayName() {
        return otherNames == null || otherNames.isBlank() ? name : name + " – " + otherNames;
    }
}
