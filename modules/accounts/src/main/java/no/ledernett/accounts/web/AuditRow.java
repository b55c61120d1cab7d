package no.ledernett.accounts.web;

import java.time.Instant;
import no.ledernett.accounts.AuditEntry;

/**
 * One audit log line as staff read it: the action in words, and what it concerned as a kind in words
 * with its number ("Møte 12"), linked to the object's page where one exists. Names are not looked up:
 * the log outlives erasure, and a page of 50 lines would cost a lookup per kind.
 *
 * @param outcome the page of the object, or null when it has none
 */
public record AuditRow(long id, Instant at, String who, String action, String subject, String outcome, String parameter, String value) {

    static AuditRow of(AuditEntry entry) {
        String action = entry.getAction() == null ? "" : entry.getAction();
        String raw = entry.getSubject();
        if (raw == null || raw.isBlank()) {
            return new AuditRow(entry.getId(), entry.getAt(), entry.getWho(), actionText(action), "", null, null, null);
        }
        int colon = raw.indexOf(':');
        String kind = colon < 0 ? raw : raw.substring(0, colon);
        String rest = colon < 0 ? "" : raw.substring(colon + 1);
        String number = rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest;
        String subject = switch (kind) {
            case "email" -> rest;
            case "meeting", "challenge", "leader", "coaching-session", "user", "municipality", "mail" ->
                    AccountTexts.text("audit.subject." + kind) + " " + number
                            + (kind.equals("municipality") && rest.contains(":") ? " (" + rest.substring(rest.indexOf(':') + 1) + ")" : "");
            case "form", "basic", "oidc" -> AccountTexts.text("audit.subject." + kind);
            default -> raw;
        };
        String outcome = switch (kind) {
            case "meeting" -> "/admin/meetings/meeting";
            case "leader" -> "/admin/users/leader";
            case "municipality" -> "/admin/municipalities/municipality";
            default -> null;
        };
        String parameter = kind.equals("municipality") ? "number" : "id";
        return new AuditRow(entry.getId(), entry.getAt(), entry.getWho(), actionText(action), subject,
                outcome != null && number.matches("\\d{1,18}") ? outcome : null, parameter, number);
    }

    /** The action in words: its own text, else its family's ("user." for "user.invite"), else the code. */
    static String actionText(String action) {
        String own = AccountTexts.text("audit.action." + action);
        if (!own.startsWith("???")) {
            return own;
        }
        int dot = action.indexOf('.');
        return dot > 0 ? AccountTexts.text("audit.action." + action.substring(0, dot + 1)) : action;
    }
}
