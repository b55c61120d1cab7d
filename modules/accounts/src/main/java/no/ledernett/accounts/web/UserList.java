package no.ledernett.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ledernett.accounts.Accounts;
import no.ledernett.accounts.Invitations;
import no.ledernett.accounts.PasswordLinks;
import no.ledernett.accounts.UserAccount;
import no.ledernett.matching.AdviserOption;
import no.ledernett.matching.AdviserView;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.LeaderView;
import no.ledernett.municipalities.LeaderRow;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Staff look after the users: search, invite (a one-time link by e-mail), send a new link, disable and enable. */
@Named
@ViewScoped
public class UserList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    Invitations invitations;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    Leaders leaders;

    @Inject
    Advisers advisers;

    @Inject
    Viewer viewer;

    private String text;
    private Viewer.Role role;
    private String municipality;
    /** Only invitations not accepted yet (the start page links here with {@code ?invited=true}). */
    private boolean invited;
    /** Not kept in the session (Payara stores it after every request): the page is read again on every render. */
    private transient Rows rows;

    private String inviteRole = "CONTACT";
    private String inviteEmail;
    private String inviteName;
    private String inviteMunicipality;
    private Long inviteLeaderId;
    private Long inviteAdviserId;
    /** Read again when missing (after a session moved to another instance): not worth storing with the session. */
    private transient List<LeaderRow> leaderOptions;
    private transient List<AdviserOption> adviserOptions;

    public class Rows extends LazyDataModel<UserAccount> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count(text, role, municipality, invited);
        }

        @Override
        public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accounts.search(text, role, municipality, invited, new PageRequest(first / pageSize, pageSize)).items();
        }

        @Override
        public String getRowKey(UserAccount row) {
            return String.valueOf(row.getId());
        }
    }

    public void invite() {
        try {
            invitations.invite(new Invitations.Invitation(inviteEmail, inviteName, inviteRole, inviteMunicipality, inviteLeaderId, inviteAdviserId), viewer);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
            inviteEmail = null;
            inviteName = null;
            inviteLeaderId = null;
        } catch (InvalidInputException e) {
            FormMessages.show("invite", e);
        }
    }

    /** Picking a leader fills in their name and e-mail, which staff can still change. */
    public void leaderChosen() {
        if (inviteLeaderId == null) {
            return;
        }
        // One statement, as reading the leader alone took; an unknown leader is simply not in the answer.
        List<LeaderView> found = leaders.views(List.of(inviteLeaderId));
        if (found.isEmpty()) {
            inviteLeaderId = null;
            return;
        }
        inviteName = found.get(0).name();
        inviteEmail = found.get(0).email();
    }

    public void adviserChosen() {
        if (inviteAdviserId == null) {
            return;
        }
        try {
            AdviserView adviser = advisers.view(inviteAdviserId);
            inviteName = adviser.name();
            inviteEmail = adviser.email();
        } catch (NotFoundException e) {
            inviteAdviserId = null;
        }
    }

    /** The municipality the leader choice was last drawn for. */
    private String optionsFor;

    /** Only a new municipality resets the leader (the field reports a pick and, when left, the same value again). */
    public void municipalityChanged() {
        if (java.util.Objects.equals(inviteMunicipality, optionsFor)) {
            return;
        }
        optionsFor = inviteMunicipality;
        org.primefaces.PrimeFaces.current().ajax().update("invite:leaderBlock");
        leaderOptions = null;
        inviteLeaderId = null;
    }

    public void reinvite(UserAccount user) {
        invitations.reinvite(user.getId(), viewer);
        FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
    }

    /** Shown once, on this page only: never kept in the session, where it could be replicated or stored. */
    private transient PasswordLinks.IssuedLink issued;
    private transient String issuedFor;

    /** A link staff copy and hand over themselves, when mail does not reach the user. */
    public void copyLink(UserAccount user) {
        try {
            issued = passwordLinks.issueLink(user.getId(), viewer);
            issuedFor = user.getName();
        } catch (InvalidInputException e) {
            FormMessages.show("users", e);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
        }
    }

    public void forgetLink() {
        issued = null;
        issuedFor = null;
    }

    public PasswordLinks.IssuedLink getIssued() {
        return issued;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public void disable(UserAccount user) {
        try {
            accounts.disable(user.getId(), viewer);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("users", e);
        }
    }

    public void enable(UserAccount user) {
        accounts.enable(user.getId(), viewer);
        FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
    }

    public List<LeaderRow> getLeaderOptions() {
        if (leaderOptions == null) {
            leaderOptions = MunicipalityNumber.isWellFormed(inviteMunicipality)
                    ? leaders.list(new MunicipalityNumber(inviteMunicipality.trim()), null, PageRequest.of(0, PageRequest.MAX_SIZE)).stream()
                            .map(LeaderRow::of).toList()
                    : List.of();
        }
        return leaderOptions;
    }

    public List<AdviserOption> getAdviserOptions() {
        if (adviserOptions == null) {
            adviserOptions = advisers.options(false);
        }
        return adviserOptions;
    }

    public List<Viewer.Role> getRoles() {
        return List.of(Viewer.Role.STAFF, Viewer.Role.ADVISER, Viewer.Role.CONTACT, Viewer.Role.PARTICIPANT);
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Viewer.Role getRole() {
        return role;
    }

    public void setRole(Viewer.Role role) {
        this.role = role;
    }

    public boolean isInvited() {
        return invited;
    }

    public void setInvited(boolean invited) {
        this.invited = invited;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(String inviteRole) {
        this.inviteRole = inviteRole;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public String getInviteMunicipality() {
        return inviteMunicipality;
    }

    public void setInviteMunicipality(String inviteMunicipality) {
        this.inviteMunicipality = inviteMunicipality;
    }

    public Long getInviteLeaderId() {
        return inviteLeaderId;
    }

    public void setInviteLeaderId(Long inviteLeaderId) {
        this.inviteLeaderId = inviteLeaderId;
    }

    public Long getInviteAdviserId() {
        return inviteAdviserId;
    }

    public void setInviteAdviserId(Long inviteAdviserId) {
        this.inviteAdviserId = inviteAdviserId;
    }
}
