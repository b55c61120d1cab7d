package no.ledernett.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.ReadTogether;
import no.ledernett.platform.Viewer;
import no.ledernett.portal.ContactPortal;
import org.omnifaces.util.Faces;

/** One of the contact's groups: members, adviser, schedule, attendance, feedback average. */
@Named
@RequestScoped
public class PortalGroup {

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
