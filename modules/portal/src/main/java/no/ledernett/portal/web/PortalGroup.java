package no.ledernett.portal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.ReadTogether;
import no.ledernett.platform.Viewer;
import no.ledernett.portal.ContactPortal;
import org.omnifaces.util.Faces;

/**
 * One of the contact's groups: members, adviser, schedule, attendance, feedback average. View
 * scoped: the page's view parameter is applied on its first GET only (o:viewParam), so a postback
 * (the header's sign-out form) renders the group that was loaded and checked, not an empty page.
 */
@Named
@ViewScoped
public class PortalGroup implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactPortal contacts;

    @Inject
    Viewer viewer;

    private Long id;
    private ContactPortal.GroupDetail detail;

    /** Reads together: one persistence context, so the group is read once. */
    @ReadTogether
    public void load() {
        try {
            detail = contacts.group(viewer, id == null ? -1 : id);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Group not found");
        }
    }

    public ContactPortal.GroupDetail getDetail() {
        return detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
