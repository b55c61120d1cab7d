package no.ledernett.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.PreconditionRequiredException;

/**
 * The version an update is based on, which every update of a versioned record must name: the
 * body's {@code version} (what the API's documents carry) or {@code If-Match} with the version as
 * entity tag ({@code "3"}, {@code W/"3"} or {@code 3}). Missing is 428; the service compares it
 * with the record's {@code @Version} and answers 409 when it is stale.
 */
public final class Versions {

    private Versions() {
    }

    public static long required(Long inBody, HttpHeaders headers) {
        Long inHeader = ifMatch(headers);
        if (inBody != null && inHeader != null && !inBody.equals(inHeader)) {
            // Two different claims about what was read: neither can be trusted to be the latest.
            throw new ConflictException("If-Match", inHeader);
        }
        Long version = inBody != null ? inBody : inHeader;
        if (version == null) {
            throw new PreconditionRequiredException();
        }
        return version;
    }

    static Long ifMatch(HttpHeaders headers) {
        String value = headers == null ? null : headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (value == null || value.isBlank()) {
            return null;
        }
        String tag = value.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            // "*" or a list of tags names no single version: as if none were given.
            return null;
        }
    }
}
