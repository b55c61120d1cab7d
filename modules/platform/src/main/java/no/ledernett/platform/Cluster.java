package no.ledernett.platform;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The instances that run Ledernett together, as Payara Micro's data grid (Hazelcast) sees them.
 * Work that must happen once per cluster, not once per instance (reminder mails, intake
 * requests), runs on the oldest member only: every member sees the members in the same order,
 * so they agree without a lock, and when the oldest stops, the next oldest takes over at its next
 * run. An instance started without clustering is a cluster of one and leads.
 */
@ApplicationScoped
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());
    /** Payara's JNDI name for its data grid member. */
    private static final String GRID = "payara/Hazelcast";

    private volatile HazelcastInstance grid;
    private volatile boolean alone;
    private volatile Boolean leadingBefore;

    public Cluster() {
    }

    /** A member of a given grid (tests); the container's instance uses Payara's, found in JNDI. */
    Cluster(HazelcastInstance grid) {
        this.grid = grid;
    }

    /** Whether this instance runs the cluster's scheduled work now. Cheap; asked at every run. */
    public boolean leads() {
        HazelcastInstance hz = grid();
        if (hz == null) {
            return true;
        }
        try {
            if (!hz.getLifecycleService().isRunning()) {
                return false; // shutting down: a running member takes over
            }
            Iterator<Member> members = hz.getCluster().getMembers().iterator();
            boolean leads = members.hasNext() && members.next().localMember();
            if (leadingBefore == null || leadingBefore != leads) {
                LOG.info(leads ? "This instance runs the cluster's scheduled work (oldest of " + members() + " members)"
                        : "Another instance runs the cluster's scheduled work (" + members() + " members)");
                leadingBefore = leads;
            }
            return leads;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Data grid not answering; scheduled work skipped on this instance this time: " + e);
            return false;
        }
    }

    /**
     * Sends a short message to every instance of the cluster (this one included) that subscribed to
     * the channel: a Hazelcast topic. Without a grid there is nobody else to tell; the caller acts
     * on its own instance itself. Only strings travel, so no application class needs to be known
     * to the grid's serialisation. Returns whether the message went out.
     */
    public boolean publish(String channel, String message) {
        HazelcastInstance hz = grid();
        if (hz == null) {
            return false;
        }
        try {
            hz.<String>getTopic(channel).publish(message);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Data grid not answering; message on " + channel + " not sent: " + e);
            return false;
        }
    }

    /** Hears the messages on a channel; returns what to pass to {@link #unsubscribe}, or null without a grid. */
    public Object subscribe(String channel, java.util.function.Consumer<String> receiver) {
        HazelcastInstance hz = grid();
        if (hz == null) {
            return null;
        }
        try {
            java.util.UUID id = hz.<String>getTopic(channel).addMessageListener(m -> receiver.accept(m.getMessageObject()));
            return new Object[] {channel, id};
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Data grid not answering; not listening on " + channel + ": " + e);
            return null;
        }
    }

    public void unsubscribe(Object subscription) {
        HazelcastInstance hz = grid;
        if (hz != null && subscription instanceof Object[] s) {
            try {
                hz.getTopic((String) s[0]).removeMessageListener((java.util.UUID) s[1]);
            } catch (RuntimeException e) {
                LOG.fine("Could not stop listening on " + s[0] + ": " + e);
            }
        }
    }

    /** Members of the cluster this instance sees, itself included; 1 without clustering. */
    public int members() {
        HazelcastInstance hz = grid();
        try {
            return hz == null ? 1 : hz.getCluster().getMembers().size();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private HazelcastInstance grid() {
        if (alone) {
            return null;
        }
        HazelcastInstance hz = grid;
        if (hz == null) {
            try {
                Object found = InitialContext.doLookup(GRID);
                if (found instanceof HazelcastInstance instance) {
                    grid = hz = instance;
                } else {
                    alone = true;
                }
            } catch (NamingException | RuntimeException | LinkageError e) {
                // Payara Micro started with --nocluster or --nohazelcast: there is no grid, this instance is the whole cluster.
                LOG.fine("No data grid (" + e + "); this instance runs the scheduled work");
                alone = true;
            }
        }
        return hz;
    }
}
