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
import no.ledernett.platform.Texts;

/** A leader employed by a municipality (deltaker / leder), who may join groups and coaching. */
@Entity
@Table(name = "leader")
public class Leader implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leader_seq")
    @SequenceGenerator(name = "leader_seq", sequenceName = "leader_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_number")
    private Municipality municipality;

    private String name;

    private String email;

    private String phone;

    @Column(name = "position_title")
    private String positionTitle;

    /** The leader's sector: a subject area id of the matching module. */
    @Column(name = "sector_id")
    private Long sectorId;

    private String unit;

    @Column(name = "reports_to_id")
    private Long reportsToId;

    /** The day the leader's personal data was erased on request; null while they are a real person to us. */
    @Column(name = "erased_on")
    private java.time.LocalDate erasedOn;

    @Version
    private long version;

    protected Leader() {
    }

    Leader(Municipality municipality) {
        this.municipality = municipality;
    }

    /** What is left after erasure on request: a placeholder, so hours and anonymous figures still add up. */
    void anonymise(java.time.LocalDate day) {
        this.erasedOn = day;
        this.name = Texts.format(MunicipalityTexts.TEXTS, Texts.BOKMAL, "leader.erased");
        this.email = "slettet-" + id + "@ledernett.invalid";
        this.phone = null;
        this.positionTitle = null;
        this.unit = null;
        this.reportsToId = null;
    }

    void apply(LeaderInput input) {
        this.name = input.name().trim();
        this.email = input.email().trim();
        this.phone = Contact.blankToNull(input.phone());
        this.positionTitle = Contact.blankToNull(input.positionTitle());
        this.sectorId = input.sectorId();
        this.unit = Contact.blankToNull(input.unit());
        this.reportsToId = input.reportsToId();
    }

    public Long getId() {
        return id;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getMunicipalityNumber() {
        return municipality.getNumber();
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public Long getSectorId() {
        return sectorId;
    }

    public String getUnit() {
        return unit;
    }

    public Long getReportsToId() {
        return reportsToId;
    }

    /** Erased on request: kept only as an anonymous placeholder, never offered as a choice. */
    public boolean isErased() {
        return erasedOn != null;
    }

    public long getVersion() {
        return version;
    }
}
