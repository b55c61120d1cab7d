package no.ledernett.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OidcClientTest {

    @Test
    void the_code_challenge_is_the_verifiers_sha256_in_base64url_as_rfc_7636_computes_it() {
        // RFC 7636, Appendix B.
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", OidcClient.codeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }
}
