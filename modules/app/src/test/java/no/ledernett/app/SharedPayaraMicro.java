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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Payara Micro for the whole integration run instead of one per test class. Payara's Arquillian
 * container launches a new Payara Micro process for every deployment (Payara Micro cannot deploy into a
 * running instance from outside), and nearly every test class deploys the same WAR ({@link Deployments}),
 * so booting once and answering later classes' deployments with the first one's address saves about
 * half a minute per class; a class that deploys the WAR with settings of its own gets an instance of
 * its own (see {@link #deploy}). The processes end when Arquillian stops the container after the last class
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

    /** One running Payara Micro per distinct archive, by its listing of entries. */
    private final Map<String, Running> running = new LinkedHashMap<>();
    private final PayaraMicroDeployableContainer first = new PayaraMicroDeployableContainer();
    private PayaraMicroContainerConfiguration configuration;

    private record Running(PayaraMicroDeployableContainer payara, Archive<?> archive, ProtocolMetaData address) {
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return first.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
        first.setup(configuration);
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return first.getDefaultProtocol();
    }

    @Override
    public void start() throws LifecycleException {
        first.start();
    }

    /**
     * The running instance for this archive, started on first use. Most classes deploy the plain WAR
     * and share one instance; a class that adds settings (MailIT, StatementCountIT) gets an instance
     * of its own, started once and kept for the rest of the run beside the shared one.
     */
    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String key = archive.toString(true);
        Running r = running.get(key);
        if (r == null) {
            PayaraMicroDeployableContainer payara = running.isEmpty() ? first : new PayaraMicroDeployableContainer();
            if (payara != first) {
                payara.setup(configuration);
            }
            r = new Running(payara, archive, payara.deploy(archive));
            running.put(key, r);
        }
        return r.address();
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // Kept running for the next class; stop() ends it.
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        DeploymentException failed = null;
        for (Running r : running.values()) {
            try {
                r.payara().undeploy(r.archive());
                r.payara().stop();
            } catch (DeploymentException e) {
                failed = e;
            }
        }
        running.clear();
        if (failed != null) {
            throw new LifecycleException("Could not stop every Payara Micro of the run", failed);
        }
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        first.deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        first.undeploy(descriptor);
    }
}
