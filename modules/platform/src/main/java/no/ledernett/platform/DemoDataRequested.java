package no.ledernett.platform;

import java.io.Serializable;

/**
 * Fired once at start-up, after migrations, when this database should hold demo data. Each
 * module observes it and adds its own, idempotently; modules higher in the dependency order
 * observe with a higher priority so their foundations exist first.
 */
public record DemoDataRequested() implements Serializable {
}
