package no.ledernett.matching;

import java.io.Serializable;
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

/** An adviser's level in one subject area: 1 basic, 2 solid, 3 expert. */
@Entity
@Table(name = "competence")
public class Competence implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int BASIC = 1;
    public static final int SOLID = 2;
    public static final int EXPERT = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competence_seq")
    @SequenceGenerator(name = "competence_seq", sequenceName = "competence_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adviser_id")
    private Adviser adviser;

    @ManyToOne(optional = false)
    @JoinColumn(name = "subject_area_id")
    private SubjectArea subjectArea;

    private int level;

    private String note;

    @Version
    private long version;

    protected Competence() {
    }

    Competence(Adviser adviser, SubjectArea subjectArea) {
        this.adviser = adviser;
        this.subjectArea = subjectArea;
    }

    void set(int level, String note) {
        this.level = level;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Adviser getAdviser() {
        return adviser;
    }

    public SubjectArea getSubjectArea() {
        return subjectArea;
    }

    public int getLevel() {
        return level;
    }

    public String getNote() {
        return note;
    }
}
