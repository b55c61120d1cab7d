package no.ledernett.accounts.web;

import no.ledernett.platform.NorwegianTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments shown in Norwegian time (Faces 4.0's date converter does not take an {@link Instant}). */
@Named
@ApplicationScoped
public class When {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(NorwegianTime.ZONE);

    public String format(Instant moment) {
        return moment == null ? "" : FORMAT.format(moment);
    }
}
