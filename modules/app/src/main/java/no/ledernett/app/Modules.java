package no.ledernett.app;

import java.util.LinkedHashMap;
import java.util.Map;

/** The modules as the API document's tags: a resource belongs to the module its package names. */
final class Modules {

    static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("municipalities", "The 357 municipalities, their contacts, engagements (what a municipality bought) and leaders; the leader list an HR system keeps in sync.");
        TAGS.put("matching", "Advisers, their subject areas, competences and absences; ranking advisers for a need and batch assignment proposals.");
        TAGS.put("groups", "Network groups: their plan, members, composition advice and adviser.");
        TAGS.put("sessions", "Group meetings and their schedule, challenges, focus and next steps, attendance, feedback and hours; individual coaching; calendar feeds.");
        TAGS.put("accounts", "Users and their roles, invitations, password resets, API tokens, personal data (GDPR) and the audit log.");
        TAGS.put("portal", "What a municipality's contact and leaders see of their own municipality: engagements, groups, meetings, challenges, requests.");
        TAGS.put("invoicing", "Billing terms per engagement, monthly invoice runs, invoices and credit notes with PDF and EHF.");
        TAGS.put("reports", "The client report per engagement and period, and the management figures.");
        TAGS.put("notifications", "What staff and advisers are told, and how they want to be told.");
        TAGS.put("mail", "The outbox: every e-mail the system sends, and sending one again.");
        TAGS.put("search", "Search across the modules, as the admin screens' search field.");
    }

    private Modules() {
    }

    /** no.ledernett.groups.web.GroupsResource is groups; the WAR's own resources are the search. */
    static String of(Class<?> resource) {
        String[] parts = resource.getPackageName().split("\\.");
        String module = parts.length > 2 ? parts[2] : "app";
        return TAGS.containsKey(module) ? module : "search";
    }
}
