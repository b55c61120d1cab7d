package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CookieAttributesTest {

    @Test
    void every_cookie_gets_samesite_lax_and_secure_only_over_tls() {
        assertEquals("JSESSIONID=a1; Path=/; HttpOnly; SameSite=Lax", CookieAttributes.complete("JSESSIONID=a1; Path=/; HttpOnly", false));
        assertEquals("JSESSIONID=a1; Path=/; HttpOnly; SameSite=Lax; Secure", CookieAttributes.complete("JSESSIONID=a1; Path=/; HttpOnly", true));
        assertEquals("x=1; SameSite=Strict; Secure", CookieAttributes.complete("x=1; SameSite=Strict; Secure", true), "attributes already given are kept");
        assertEquals("x=1; secure; samesite=none", CookieAttributes.complete("x=1; secure; samesite=none", true));
    }
}
