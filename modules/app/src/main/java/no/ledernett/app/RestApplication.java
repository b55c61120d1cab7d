package no.ledernett.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every module's resources, under /api. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
