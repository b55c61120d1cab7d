package no.ledernett.matching;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A period an adviser is away (leave, holiday, course). */
@Embeddable
public class Absence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    private String reason;

    protected Absence() {
    }

    public Absence(LocalDate start, LocalDate end, String reason) {
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    /** Days of this absence that fall within [from, to], both inclusive. */
    public long daysWithin(LocalDate from, LocalDate to) {
        LocalDate a = start.isAfter(from) ? start : from;
        LocalDate b = end.isBefore(to) ? end : to;
        return b.isBefore(a) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public String getReason() {
        return reason;
    }
}
