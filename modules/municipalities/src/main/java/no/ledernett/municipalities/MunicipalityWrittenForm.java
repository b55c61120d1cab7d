package no.ledernett.municipalities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import no.ledernett.platform.WrittenForm;

/** The written form staff have set for one municipality (none set: neutral). */
@Entity
@Table(name = "municipality_written_form")
public class MunicipalityWrittenForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "municipality_number")
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "written_form")
    private WrittenForm form;

    @Version
    private long version;

    protected MunicipalityWrittenForm() {
    }

    MunicipalityWrittenForm(String number, WrittenForm form) {
        this.number = number;
        this.form = form;
    }

    public String getNumber() {
        return number;
    }

    public WrittenForm getForm() {
        return form;
    }

    void setForm(WrittenForm form) {
        this.form = form;
    }
}
