package no.ledernett.municipalities;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person at the municipality who buys and follows up (oppdragsgiver / kontaktperson). */
@Entity
@Table(name = "contact")
public class Contact implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_number")
    private Municipality municipality;

    private String name;

    @Column(name = "job_title")
    private String jobTitle;

    private String email;

    private String phone;

    @Version
    private long version;

    protected Contact() {
    }

    Contact(Municipality municipality) {
        this.municipality = municipality;
    }

    void apply(ContactInput input) {
        this.name = input.name().trim();
        this.jobTitle = blankToNull(input.jobTitle());
        this.email = input.email().trim();
        this.phone = blankToNull(input.phone());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getName() {
        return name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public long getVersion() {
        return version;
    }
}
