package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.Members;
import no.ledernett.groups.GroupView;
import no.ledernett.matching.AdviserView;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.Language;
import no.ledernett.platform.PreferredLanguages;

/** Who gets the mail about a group's meetings or a coaching course, each in the language they read. */
@ApplicationScoped
class MailRecipients {

    /** Implemented by the accounts module; without it (a module on its own) everyone reads bokmål. */
    @Inject
    Instance<PreferredLanguages> preferred;

    @Inject
    Members members;

    @Inject
    Leaders leaders;

    @Inject
    Advisers advisers;

    /** The group's current members, and its adviser if asked for and it has one. */
    List<MailRecipient> ofGroup(GroupView group, boolean withAdviser) {
        List<Long> ids = members.of(group.id()).stream().filter(MemberView::isCurrent).map(MemberView::leaderId).toList();
        List<MailRecipient> list = new ArrayList<>(leaders(ids));
        if (withAdviser && group.adviserId() != null) {
            list.add(adviser(group.adviserId()));
        }
        return list;
    }

    /** The coached leader and the course's adviser. */
    List<MailRecipient> ofCourse(CoachingCourse course) {
        List<MailRecipient> list = new ArrayList<>(leaders(List.of(course.getLeaderId())));
        list.add(adviser(course.getAdviserId()));
        return list;
    }

    private List<MailRecipient> leaders(List<Long> ids) {
        Map<Long, Language> languages = preferred.isUnsatisfied() ? Map.of() : preferred.get().ofLeaders(ids);
        return leaders.views(ids).stream()
                .map(l -> new MailRecipient("leader:" + l.id(), l.name(), l.email(), languages.getOrDefault(l.id(), Language.BOKMAL).locale()))
                .toList();
    }

    private MailRecipient adviser(long id) {
        AdviserView a = advisers.view(id);
        Language language = preferred.isUnsatisfied() ? Language.BOKMAL : preferred.get().ofAdvisers(List.of(a.id())).get(a.id());
        return new MailRecipient("adviser:" + a.id(), a.name(), a.email(), language.locale());
    }
}
