package no.ledernett.app;

import java.io.File;
import no.ledernett.app.probe.SessionSerializationProbe;
import no.ledernett.app.probe.SessionSerializationReport;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR exactly as Maven packaged it: integration tests test what operations deploy. The one
 * addition is a test probe that checks every session could be replicated across a cluster
 * ({@link ReplicationCheck}).
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive ledernett() {
        File war = new File(System.getProperty("ledernett.war", "target/ledernett.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(SessionSerializationProbe.class, SessionSerializationReport.class);
    }
}
