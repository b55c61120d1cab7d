package no.ledernett.matching;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A municipal sector (fagområde), such as skole or helse og omsorg. A managed list. Not in the
 * shared cache: it can be renamed, and each instance of a cluster has its own cache (a dozen rows
 * cost nothing to read).
 */
@Entity
@Table(name = "subject_area")
public class SubjectArea implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_area_seq")
    @SequenceGenerator(name = "subject_area_seq", sequenceName = "subject_area_seq", allocationSize = 50)
    private Long id;

    private String code;

    private String name;

    private boolean active = true;

    @Column(name = "sort_order")
    private int sortOrder;

    @Version
    private long version;

    protected SubjectArea() {
    }

    SubjectArea(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    void rename(String name) {
        this.name = name;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
