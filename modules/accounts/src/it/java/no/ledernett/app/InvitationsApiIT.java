package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invitations of a municipality's leaders to the portal, many at once: who stands where, invite,
 * a new link for those waiting, taken up; a contact for their own municipality only, whatever ids
 * or municipality a request names.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationsApiIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    /** Sandnes: no demo leaders and no other test's, so "all" means this test's. */
    private static final String SANDNES = "1108";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    private long leader(Api staff, String municipality, String name, String email) {
        return staff.post("api/leaders", """
                {"municipality":"%s","name":"%s","email":"%s"}""".formatted(municipality, name, email)).expect(201).object().getJsonNumber("id").longValue();
    }

    private static JsonObject row(Api api, String municipality, String search) {
        List<JsonObject> items = api.get("api/municipalities/" + municipality + "/invitations?q=" + search).expect(200).object().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(1, items.size(), search + ": " + items);
        return items.get(0);
    }

    private long mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(address);
            } catch (Exception e) {
                return false;
            }
        }).count();
    }

    private void awaitMails(String address, long count) throws InterruptedException {
        for (int i = 0; i < 150 && mailsTo(address) < count; i++) {
            Thread.sleep(200);
        }
        assertEquals(count, mailsTo(address), "mails to " + address);
    }

    @Test
    void staff_invite_all_not_yet_invited_send_new_links_to_those_waiting_and_see_who_took_it_up() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        Api staff = new Api(base);
        String first = "ida.invitert." + run + "@sandnes.kommune.no";
        String second = "ola.invitert." + run + "@sandnes.kommune.no";
        leader(staff, SANDNES, "Ida Invitert " + run, first);
        leader(staff, SANDNES, "Ola Invitert " + run, second);
        assertEquals("NOT_INVITED", row(staff, SANDNES, "ida.invitert." + run).getString("state"));
        JsonObject before = staff.get("api/municipalities/" + SANDNES + "/invitations").expect(200).object().getJsonObject("summary");
        assertTrue(before.getJsonNumber("notInvited").longValue() >= 2, before.toString());

        // Everyone only by asking for everyone: no body, or an empty list from a filter that found nobody, mails nobody.
        staff.post("api/municipalities/" + SANDNES + "/invitations", "{}").expect(400);
        assertEquals(0, staff.post("api/municipalities/" + SANDNES + "/invitations", "{\"leaderIds\":[]}").expect(200).object().getInt("invited"));
        assertEquals("NOT_INVITED", row(staff, SANDNES, "ida.invitert." + run).getString("state"));
        JsonObject outcome = staff.post("api/municipalities/" + SANDNES + "/invitations", "{\"all\":true}").expect(200).object();
        assertTrue(outcome.getInt("invited") >= 2, outcome.toString());
        awaitMails(first, 1);
        awaitMails(second, 1);
        JsonObject invited = row(staff, SANDNES, "ida.invitert." + run);
        assertEquals("INVITED", invited.getString("state"));
        assertTrue(invited.containsKey("invitedAt"), "when: " + invited);
        assertEquals(0, staff.get("api/municipalities/" + SANDNES + "/invitations").expect(200).object().getJsonObject("summary")
                .getJsonNumber("notInvited").longValue(), "nobody left to invite");

        // Inviting again invites nobody twice; the one who takes it up is no longer sent new links.
        assertEquals(0, staff.post("api/municipalities/" + SANDNES + "/invitations", "{\"all\":true}").expect(200).object().getInt("invited"));
        TestAccounts.choosePassword(base, MAIL, first);
        assertEquals("ACCEPTED", row(staff, SANDNES, "ida.invitert." + run).getString("state"));
        JsonObject resent = staff.post("api/municipalities/" + SANDNES + "/invitations/resend", "{\"all\":true}").expect(200).object();
        assertTrue(resent.getInt("resent") >= 1 && resent.getInt("skipped") >= 1, resent.toString());
        awaitMails(second, 2);
        assertEquals(1, mailsTo(first), "no new link for one who took it up");
    }

    @Test
    void a_contact_invites_their_own_leaders_only_whatever_municipality_or_ids_a_request_names() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        Api staff = new Api(base);
        Api contact = new Api(base, "ingrid.solheim@bergen.kommune.no", Api.PASSWORD);
        String own = "kari.bergen." + run + "@bergen.kommune.no";
        long bergen = leader(staff, "4601", "Kari Bergen " + run, own);
        long sandnes = leader(staff, SANDNES, "Hans Sandnes " + run, "hans.sandnes." + run + "@sandnes.kommune.no");

        // Another municipality is not found, nor is a leader of another municipality named in one's own; nothing is sent.
        contact.get("api/municipalities/" + SANDNES + "/invitations").expect(404);
        contact.post("api/municipalities/" + SANDNES + "/invitations", "{\"leaderIds\":[" + sandnes + "]}").expect(404);
        contact.post("api/municipalities/4601/invitations", "{\"leaderIds\":[" + bergen + "," + sandnes + "]}").expect(404);
        assertEquals("NOT_INVITED", row(staff, SANDNES, "hans.sandnes." + run).getString("state"));
        assertEquals("NOT_INVITED", row(contact, "4601", "kari.bergen." + run).getString("state"));
        new Api(base, AuthorizationMatrixIT.USERS.get(AuthorizationMatrixIT.Role.PARTICIPANT), Api.PASSWORD)
                .get("api/municipalities/4601/invitations").expect(403);

        JsonObject outcome = contact.post("api/municipalities/4601/invitations", "{\"leaderIds\":[" + bergen + "]}").expect(200).object();
        assertEquals(1, outcome.getInt("invited"));
        awaitMails(own, 1);
        assertEquals("INVITED", row(contact, "4601", "kari.bergen." + run).getString("state"));
        assertEquals(1, contact.post("api/municipalities/4601/invitations/resend", "{\"leaderIds\":[" + bergen + "]}").expect(200).object().getInt("resent"));
        awaitMails(own, 2);
        assertFalse(staff.get("api/municipalities/4601/invitations?q=kari.bergen." + run).object().getJsonArray("items").isEmpty());
    }
}
