package no.ledernett.matching;

import java.io.Serializable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.ledernett.platform.Language;

/** A coach of the consultancy (veileder / rådgiver). */
@Entity
@Table(name = "adviser")
public class Adviser implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ACTIVE = "ACTIVE";
    static final String INACTIVE = "INACTIVE";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adviser_seq")
    @SequenceGenerator(name = "adviser_seq", sequenceName = "adviser_seq", allocationSize = 50)
    private Long id;

    private String name;

    private String title;

    private String email;

    private String phone;

    @Column(name = "home_county")
    private String homeCounty;

    @Column(name = "written_forms")
    @Convert(converter = LanguagesConverter.class)
    private Set<Language> writtenForms = EnumSet.of(Language.BOKMAL);

    /** ACTIVE or INACTIVE, as text: see the migration on why not a boolean. */
    private String status = ACTIVE;

    @Column(name = "monthly_capacity")
    private int monthlyCapacity;

    @ElementCollection
    @CollectionTable(name = "adviser_absence", joinColumns = @JoinColumn(name = "adviser_id"))
    @OrderBy("start")
    private List<Absence> absences = new ArrayList<>();

    @Version
    private long version;

    protected Adviser() {
    }

    static Adviser from(AdviserInput.Checked input) {
        Adviser adviser = new Adviser();
        adviser.apply(input);
        return adviser;
    }

    void apply(AdviserInput.Checked input) {
        this.name = input.name();
        this.title = input.title();
        this.email = input.email();
        this.phone = input.phone();
        this.homeCounty = input.homeCounty();
        this.writtenForms = input.writtenForms().isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(input.writtenForms());
        this.status = input.active() ? ACTIVE : INACTIVE;
        this.monthlyCapacity = input.monthlyCapacity();
        this.absences.clear();
        this.absences.addAll(input.absences());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getHomeCounty() {
        return homeCounty;
    }

    public Set<Language> getWrittenForms() {
        return writtenForms.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(writtenForms);
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    public int getMonthlyCapacity() {
        return monthlyCapacity;
    }

    public List<Absence> getAbsences() {
        return List.copyOf(absences);
    }

    public long getVersion() {
        return version;
    }
}
