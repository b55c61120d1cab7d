package no.ledernett.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.ledernett.platform.Sectors;

/** The subject areas as the sectors leaders work in, for the municipalities module's leader screens. */
@ApplicationScoped
public class SubjectAreaSectors implements Sectors {

    @Inject
    SubjectAreas subjectAreas;

    @Override
    public List<Sector> all() {
        return subjectAreas.all().stream().map(a -> new Sector(a.getId(), a.getName(), a.isActive())).toList();
    }
}
