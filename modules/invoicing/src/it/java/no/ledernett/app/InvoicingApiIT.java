package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Billing terms, a month's invoice run from the demo's hours, approval with gapless numbers under
 * concurrent approval, the EHF documents, the accounting CSV and credit notes, over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoicingApiIT {

    static final YearMonth LAST_MONTH = YearMonth.now(ZoneId.of("Europe/Oslo")).minusMonths(1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    private static List<String> fields(Api.Reply problem) {
        return problem.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("rule")).toList();
    }

    private long bergenEngagement() {
        return api.get("api/municipalities/4601/engagements").expect(200).array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    @Order(1)
    void billing_terms_refuse_a_zero_rate_a_wrong_organisation_number_and_a_missing_reference() {
        long id = bergenEngagement();
        JsonObject terms = api.get("api/billing-terms/" + id).expect(200).object();
        assertEquals("HOURLY", terms.getString("priceModel"));
        assertEquals(0, terms.getJsonNumber("hourlyRate").bigDecimalValue().compareTo(new java.math.BigDecimal("1450")));
        long version = terms.getJsonNumber("version").longValue();
        Api.Reply wrong = api.put("api/billing-terms/" + id, """
                {"priceModel":"HOURLY","hourlyRate":"0","buyerReference":" ","buyerOrganisationNumber":"964338532","vat":"STANDARD","version":%d}
                """.formatted(version)).expect(400);
        assertEquals(List.of("hourlyRate:amount.range", "buyerReference:required", "buyerOrganisationNumber:organisationNumber"), fields(wrong));
        assertTrue(wrong.body().contains("mer enn 0"), wrong.body());
        assertEquals(List.of("monthlyPrice:required", "priceCovers:required"), fields(api.put("api/billing-terms/" + id, """
                {"priceModel":"FIXED","buyerReference":"x","version":%d}""".formatted(version)).expect(400)));
        assertEquals(List.of("hourlyRate:amount"), fields(api.put("api/billing-terms/" + id, """
                {"priceModel":"HOURLY","hourlyRate":"mye","buyerReference":"x","version":%d}""".formatted(version)).expect(400)));
        // A change must name the version it was based on: none is 428, an old one 409.
        api.put("api/billing-terms/" + id, "{\"priceModel\":\"HOURLY\",\"hourlyRate\":\"1450\",\"buyerReference\":\"4711 Ingrid Solheim\"}").expect(428);
        api.put("api/billing-terms/" + id, """
                {"priceModel":"HOURLY","hourlyRate":"1450","buyerReference":"4711 Ingrid Solheim","version":%d}""".formatted(version + 5)).expect(409);
        assertEquals(version, api.get("api/billing-terms/" + id).expect(200).object().getJsonNumber("version").longValue(), "nothing changed");
        api.get("api/billing-terms/987654321").expect(404);
    }

    @Test
    @Order(2)
    void a_run_for_a_month_without_hours_or_in_the_future_is_refused() {
        assertEquals(List.of("month:run.empty"), fields(api.post("api/invoice-runs", "{\"month\":\"2001-01\"}").expect(400)));
        assertEquals(List.of("month:run.future"), fields(api.post("api/invoice-runs", "{\"month\":\"2099-01\"}").expect(400)));
        assertEquals(List.of("month:month"), fields(api.post("api/invoice-runs", "{\"month\":\"2026-13\"}").expect(400)));
        assertEquals(List.of("month:required"), fields(api.post("api/invoice-runs", "{}").expect(400)));
    }

    @Test
    @Order(3)
    void a_run_is_approved_once_with_gapless_numbers_and_valid_ehf_even_when_two_approve_at_once() throws Exception {
        JsonObject run = api.post("api/invoice-runs", "{\"month\":\"" + LAST_MONTH + "\"}").expect(201).object();
        List<JsonObject> invoices = run.getJsonArray("invoices").getValuesAs(JsonObject.class);
        assertFalse(invoices.isEmpty(), run.toString());
        // Other test classes may have logged hours on engagements without terms: give them terms, and propose again.
        boolean fixed = TestInvoices.giveTermsWhereMissing(api, invoices);
        if (fixed) {
            run = api.post("api/invoice-runs", "{\"month\":\"" + LAST_MONTH + "\"}").expect(201).object();
            invoices = run.getJsonArray("invoices").getValuesAs(JsonObject.class);
        }
        invoices.forEach(i -> assertTrue(i.getJsonArray("problems").isEmpty(), i.toString()));
        assertTrue(invoices.stream().anyMatch(i -> i.getString("municipalityNumber").equals("1804")), "Bodø's fixed price is billed: " + invoices);
        long id = run.getJsonNumber("id").longValue();
        long version = run.getJsonNumber("version").longValue();

        api.post("api/invoice-runs/" + id + "/approval", "{}").expect(428);
        api.post("api/invoice-runs/" + id + "/approval", "{\"version\":" + (version + 1) + "}").expect(409);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<Integer> approve = () -> new Api(base).post("api/invoice-runs/" + id + "/approval", "{\"version\":" + version + "}").status();
            answers.add(pool.submit(approve));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> a : answers) {
            statuses.add(a.get());
        }
        pool.shutdown();
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 409), statuses, "one approval wins, the other is told it came too late");

        JsonObject approved = api.get("api/invoice-runs/" + id).expect(200).object();
        assertEquals("APPROVED", approved.getString("status"));
        TreeSet<Long> numbers = new TreeSet<>();
        for (JsonObject invoice : approved.getJsonArray("invoices").getValuesAs(JsonObject.class)) {
            assertEquals("APPROVED", invoice.getString("status"));
            numbers.add(invoice.getJsonNumber("number").longValue());
            Api.Reply ehf = api.download("api/invoices/" + invoice.getJsonNumber("id") + "/ehf").expect(200);
            assertTrue(ehf.contentType().startsWith("application/xml"), ehf.contentType());
            assertTrue(ehf.body().contains("<cbc:ID>" + invoice.getJsonNumber("number") + "</cbc:ID>"), ehf.body());
            assertTrue(ehf.body().contains("urn:fdc:peppol.eu:2017:poacc:billing:3.0"), ehf.body());
            Api.Reply pdf = api.download("api/invoices/" + invoice.getJsonNumber("id") + "/pdf").expect(200);
            assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.body().startsWith("%PDF-"), pdf.contentType());
        }
        assertEquals(approved.getJsonArray("invoices").size(), numbers.size(), "no number used twice");
        assertEquals(numbers.size() - 1, numbers.last() - numbers.first(), "no gap in " + numbers);

        Api.Reply csv = api.download("api/invoice-runs/" + id + "/csv").expect(200);
        assertEquals(numbers.size() + 1, csv.body().lines().count(), csv.body());
        assertTrue(csv.body().startsWith("fakturanummer;"), csv.body());

        assertEquals(List.of("month:run.approved"), fields(api.post("api/invoice-runs", "{\"month\":\"" + LAST_MONTH + "\"}").expect(400)));
        api.request("DELETE", "api/invoice-runs/" + id + "?version=" + approved.getJsonNumber("version"), null, null).expect(409);
    }

    @Test
    @Order(4)
    void a_credit_note_cancels_an_invoice_and_its_hours_may_be_billed_again() {
        JsonObject run = api.get("api/invoice-runs").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("month").equals(LAST_MONTH.toString())).findFirst().orElseThrow();
        JsonObject hourly = api.get("api/invoice-runs/" + run.getJsonNumber("id")).expect(200).object().getJsonArray("invoices")
                .getValuesAs(JsonObject.class).stream().filter(i -> !i.getString("municipalityNumber").equals("1804")).findFirst().orElseThrow();
        long id = hourly.getJsonNumber("id").longValue();
        api.post("api/invoices/" + id + "/credit-note", "{}").expect(428);
        JsonObject note = api.post("api/invoices/" + id + "/credit-note", "{\"version\":" + hourly.getJsonNumber("version") + "}").expect(201).object();
        assertEquals("CREDIT_NOTE", note.getString("kind"));
        assertEquals(id, note.getJsonNumber("credits").longValue());
        assertEquals(0, note.getJsonNumber("total").bigDecimalValue().compareTo(hourly.getJsonNumber("total").bigDecimalValue()));
        Api.Reply ehf = api.download("api/invoices/" + note.getJsonNumber("id") + "/ehf").expect(200);
        assertTrue(ehf.body().contains("<CreditNote") && ehf.body().contains("<cbc:ID>" + hourly.getJsonNumber("number") + "</cbc:ID>"), ehf.body());
        JsonObject credited = api.get("api/invoices/" + id).expect(200).object();
        assertEquals("CREDITED", credited.getString("status"));
        api.post("api/invoices/" + id + "/credit-note", "{\"version\":" + credited.getJsonNumber("version") + "}").expect(409);

        // The credited hours are unbilled again: this month's run proposes them once more.
        YearMonth thisMonth = LAST_MONTH.plusMonths(1);
        JsonObject next = api.post("api/invoice-runs", "{\"month\":\"" + thisMonth + "\"}").expect(201).object();
        assertTrue(next.getJsonArray("invoices").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getJsonNumber("engagementId").longValue() == hourly.getJsonNumber("engagementId").longValue()), next.toString());
        api.request("DELETE", "api/invoice-runs/" + next.getJsonNumber("id") + "?version=" + next.getJsonNumber("version"), null, null).expect(204);
        api.get("api/invoice-runs/" + next.getJsonNumber("id")).expect(404);
    }

    @Test
    @Order(5)
    void a_contact_sees_the_invoices_issued_to_their_own_municipality_and_nothing_else() {
        Api bergen = new Api(base, "ingrid.solheim@bergen.kommune.no", Api.PASSWORD);
        Api bodo = new Api(base, "marit.johansen@bodo.kommune.no", Api.PASSWORD);
        JsonObject run = api.get("api/invoice-runs").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("month").equals(LAST_MONTH.toString())).findFirst().orElseThrow();
        List<JsonObject> issued = api.get("api/invoice-runs/" + run.getJsonNumber("id")).expect(200).object().getJsonArray("invoices")
                .getValuesAs(JsonObject.class);
        JsonObject bergenInvoice = issued.stream().filter(i -> i.getString("municipalityNumber").equals("4601")).findFirst().orElseThrow();
        JsonObject bodoInvoice = issued.stream().filter(i -> i.getString("municipalityNumber").equals("1804")).findFirst().orElseThrow();

        // The list: one's own, newest first, with the credit note that cancelled Bergen's invoice (test 4) naming it.
        List<JsonObject> mine = bergen.get("api/invoices?size=200").expect(200).object().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(mine.stream().allMatch(i -> i.getString("municipalityNumber").equals("4601")), mine.toString());
        assertTrue(mine.stream().anyMatch(i -> i.getJsonNumber("id").longValue() == bergenInvoice.getJsonNumber("id").longValue()
                && i.getString("status").equals("CREDITED")), mine.toString());
        assertTrue(mine.stream().anyMatch(i -> i.getString("kind").equals("CREDIT_NOTE")
                && i.getJsonNumber("credits").longValue() == bergenInvoice.getJsonNumber("number").longValue()), mine.toString());
        List<Long> numbers = mine.stream().map(i -> i.getJsonNumber("number").longValue()).toList();
        assertEquals(numbers.stream().sorted(java.util.Comparator.reverseOrder()).toList(), numbers, "newest first");
        assertEquals(0, bergen.get("api/invoices?year=2001").expect(200).object().getJsonNumber("total").intValue());
        assertEquals(List.of("year:range"), fields(bergen.get("api/invoices?year=1999").expect(400)));
        // Another municipality's list, named outright, is not there; staff must say which municipality.
        bergen.get("api/invoices?municipality=1804").expect(404);
        assertEquals(List.of("municipality:required"), fields(api.get("api/invoices").expect(400)));
        assertEquals(mine.size(), api.get("api/invoices?municipality=4601&size=200").expect(200).object().getJsonArray("items").size());

        // One invoice: the buyer's contact may read and download it, the other municipality's contact finds nothing.
        long id = bergenInvoice.getJsonNumber("id").longValue();
        assertEquals("4601", bergen.get("api/invoices/" + id).expect(200).object().getString("municipalityNumber"));
        assertTrue(bergen.download("api/invoices/" + id + "/pdf").expect(200).body().startsWith("%PDF-"));
        assertTrue(bergen.download("api/invoices/" + id + "/ehf").expect(200).body().contains("<cbc:BuyerReference>"));
        bodo.get("api/invoices/" + id).expect(404);
        bergen.get("api/invoices/" + bodoInvoice.getJsonNumber("id")).expect(404);
        for (String file : List.of("/pdf", "/ehf")) {
            bodo.download("api/invoices/" + id + file).expect(404);
            bergen.download("api/invoices/" + bodoInvoice.getJsonNumber("id") + file).expect(404);
        }
        assertTrue(bodo.get("api/invoices").expect(200).object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getString("municipalityNumber").equals("4601")));

        // A draft is staff's work in progress: its buyer's contact does not see it, in the list or by id.
        JsonObject draft = api.post("api/invoice-runs", "{\"month\":\"" + LAST_MONTH.plusMonths(1) + "\"}").expect(201).object();
        JsonObject bergenDraft = draft.getJsonArray("invoices").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("municipalityNumber").equals("4601")).findFirst().orElseThrow();
        bergen.get("api/invoices/" + bergenDraft.getJsonNumber("id")).expect(404);
        assertEquals(mine.size(), bergen.get("api/invoices?size=200").expect(200).object().getJsonArray("items").size());
        api.request("DELETE", "api/invoice-runs/" + draft.getJsonNumber("id") + "?version=" + draft.getJsonNumber("version"), null, null).expect(204);
    }
}
