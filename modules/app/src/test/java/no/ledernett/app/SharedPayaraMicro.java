package no.ledernett.app;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * One Payara Micro for the whole integration run instead of one per test class. Payara's Arquillian
 * container launches a new Payara Micro process for every deployment (Payara Micro cannot deploy into a
 * running instance from outside), and nearly every test class deploys the same WAR ({@link Deployments}),
 * so booting once and answering later classes' deployments with the first one's address saves about
 * half a minute per class; a class that deploys an archive of its own gets an instance of its own
 * (see {@link #deploy}). The process ends when Arquillian stops the container after the last class
 * (or, failing that, with Payara's own shutdown hooks when the test JVM exits).
 *
 * <p>What this asks of the tests: they share one running application and one database, in the order
 * failsafe runs them (alphabetical, see the POM), so each creates the groups, meetings and accounts it
 * changes, as they already must on CI's PostgreSQL phase; one that changes what others see (a user's
 * language, an adviser's hours) puts it back or sets what it needs itself ({@link TestAdvisers}).
 */
public final class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    /** Registers the shared container in place of Payara's (META-INF/services). */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
        }
    }

    private final PayaraMicroDeployableContainer prototype = new PayaraMicroDeployableContainer();
    private PayaraMicroContainerConfiguration configuration;
    /** The running instance, by its archive's listing of entries; at most one at a time. */
    private String runningKey;
    private Running running;

    private record Running(PayaraMicroDeployableContainer payara, Archive<?> archive, ProtocolMetaData address) {
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return prototype.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
        prototype.setup(configuration);
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return prototype.getDefaultProtocol();
    }

    @Override
    public void start() throws LifecycleException {
        prototype.start();
    }

    /**
     * The running instance when it serves this archive; otherwise the running one is stopped and one
     * for this archive started. Most classes deploy the plain WAR and share one instance; a class with
     * an archive of its own (AccessibilityIT, which walks the demo data as it was made) gets a fresh
     * instance. Only one runs at a time, as before, so two instances never work the same database's
     * outbox or scheduled jobs (CI's PostgreSQL run).
     */
    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String key = archive.toString(true);
        if (!key.equals(runningKey)) {
            stopRunning();
            PayaraMicroDeployableContainer payara = new PayaraMicroDeployableContainer();
            payara.setup(configuration);
            running = new Running(payara, archive, payara.deploy(archive));
            runningKey = key;
        }
        return running.address();
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // Kept running for the next class; stop() or the next archive ends it.
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            stopRunning();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the shared Payara Micro", e);
        }
    }

    private void stopRunning() throws DeploymentException {
        if (running != null) {
            Running r = running;
            running = null;
            runningKey = null;
            r.payara().undeploy(r.archive());
        }
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        prototype.deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        prototype.undeploy(descriptor);
    }
}
