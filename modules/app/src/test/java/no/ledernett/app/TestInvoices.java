package no.ledernett.app;

import jakarta.json.JsonObject;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** An approved invoice run for tests that need one: an existing one, or one made for two months ago. */
final class TestInvoices {

    private TestInvoices() {
    }

    static JsonObject approvedRun(Api staff) {
        for (JsonObject run : staff.get("api/invoice-runs").expect(200).array().getValuesAs(JsonObject.class)) {
            if (run.getString("status").equals("APPROVED")) {
                return staff.get("api/invoice-runs/" + run.getJsonNumber("id")).expect(200).object();
            }
        }
        String month = "{\"month\":\"" + YearMonth.now(ZoneId.of("Europe/Oslo")).minusMonths(2) + "\"}";
        JsonObject run = staff.post("api/invoice-runs", month).expect(201).object();
        if (giveTermsWhereMissing(staff, run.getJsonArray("invoices").getValuesAs(JsonObject.class))) {
            run = staff.post("api/invoice-runs", month).expect(201).object();
        }
        staff.post("api/invoice-runs/" + run.getJsonNumber("id") + "/approval", "{\"version\":" + run.getJsonNumber("version") + "}").expect(200);
        return staff.get("api/invoice-runs/" + run.getJsonNumber("id")).expect(200).object();
    }

    /** Engagements other test classes made have no billing terms: terms that can be approved, for each invoice that says so. */
    static boolean giveTermsWhereMissing(Api staff, List<JsonObject> invoices) {
        boolean given = false;
        for (JsonObject invoice : invoices) {
            if (!invoice.getJsonArray("problems").isEmpty()) {
                long engagement = invoice.getJsonNumber("engagementId").longValue();
                Api.Reply terms = staff.get("api/billing-terms/" + engagement);
                String version = terms.status() == 200 ? ",\"version\":" + terms.object().getJsonNumber("version") : "";
                staff.put("api/billing-terms/" + engagement, """
                        {"priceModel":"HOURLY","hourlyRate":"1000","buyerReference":"IT","buyerOrganisationNumber":"921234554"%s}""".formatted(version))
                        .expect(200);
                given = true;
            }
        }
        return given;
    }
}
