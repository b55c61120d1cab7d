package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Messages between instances go through the data grid, as Payara Micro's members form it. */
class ClusterTest {

    private static Config member(String cluster, int port) {
        Config config = new Config();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:5971").addMember("127.0.0.1:5972");
        return config;
    }

    @Test
    void a_message_published_on_one_instance_reaches_the_other() throws Exception {
        String name = "ledernett-test-" + System.nanoTime();
        HazelcastInstance first = Hazelcast.newHazelcastInstance(member(name, 5971));
        HazelcastInstance second = Hazelcast.newHazelcastInstance(member(name, 5972));
        try {
            List<String> heard = new CopyOnWriteArrayList<>();
            Cluster receiver = new Cluster(second);
            Object subscription = receiver.subscribe("credentials", heard::add);
            assertEquals(2, receiver.members());
            new Cluster(first).publish("credentials", "7:3");
            for (int i = 0; i < 100 && heard.isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertEquals(List.of("7:3"), heard);
            receiver.unsubscribe(subscription);
        } finally {
            second.shutdown();
            first.shutdown();
        }
    }

    @Test
    void without_a_grid_nothing_is_sent_and_nothing_breaks() {
        // A cluster of one: no grid in JNDI outside the container.
        Cluster outside = new Cluster();
        assertFalse(outside.publish("credentials", "7:3"));
        assertNull(outside.subscribe("credentials", m -> { }));
        outside.unsubscribe(null);
        assertEquals(1, outside.members());
    }
}
