package no.ledernett.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.ledernett.municipalities.LeaderGroups;

/** The groups a leader is or was in, for the leader's page in the municipalities module: current ones first, newest first. */
@ApplicationScoped
public class GroupMemberships implements LeaderGroups {

    @Inject
    Members members;

    @Override
    public List<LeaderGroups.Membership> of(long leaderId) {
        List<LeaderMembership> newestFirst = new ArrayList<>(members.ofLeader(leaderId));
        Collections.reverse(newestFirst);
        return newestFirst.stream()
                .map(m -> new LeaderGroups.Membership(m.groupName(), "/admin/groups/group.xhtml?id=" + m.groupId(), m.joined(), m.left()))
                .sorted((a, b) -> Boolean.compare(b.left() == null, a.left() == null)).toList();
    }
}
