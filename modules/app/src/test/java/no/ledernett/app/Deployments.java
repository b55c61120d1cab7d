package no.ledernett.app;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as Maven packaged it: integration tests test what operations deploy. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive ledernett() {
        File war = new File(System.getProperty("ledernett.war", "target/ledernett.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
