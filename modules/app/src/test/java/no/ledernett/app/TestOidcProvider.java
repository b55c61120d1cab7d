package no.ledernett.app;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider for tests on 127.0.0.1:3999: discovery, keys, and a token
 * endpoint that answers a code the test registered with an ID token for the e-mail it chose,
 * signed with a key of its own (or, when asked, with a stranger's key).
 */
final class TestOidcProvider implements AutoCloseable {

    static final String ISSUER = "http://127.0.0.1:3999";

    record Grant(String email, String nonce, boolean forged) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey stranger;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    TestOidcProvider() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("test").generate();
        stranger = new RSAKeyGenerator(2048).keyID("test").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 3999), 0);
        server.createContext("/.well-known/openid-configuration", e -> reply(e, """
                {"issuer":"%s","authorization_endpoint":"%s/authorize","token_endpoint":"%s/token","jwks_uri":"%s/jwks"}"""
                .formatted(ISSUER, ISSUER, ISSUER, ISSUER)));
        server.createContext("/jwks", e -> reply(e, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/token", this::token);
        server.start();
    }

    void grant(String code, String email, String nonce, boolean forged) {
        grants.put(code, new Grant(email, nonce, forged));
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String code = null;
        for (String pair : form.split("&")) {
            if (pair.startsWith("code=")) {
                code = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        Grant grant = code == null ? null : grants.remove(code);
        if (grant == null || !"Basic bGVkZXJuZXR0OnRlc3Qtc2VjcmV0".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.sendResponseHeaders(400, -1);
            exchange.close();
            return;
        }
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience("ledernett").subject("sub-" + grant.email())
                    .claim("email", grant.email()).claim("nonce", grant.nonce()).issueTime(new Date())
                    .expirationTime(new Date(System.currentTimeMillis() + 300_000)).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(grant.forged() ? stranger : key));
            reply(exchange, "{\"access_token\":\"x\",\"token_type\":\"Bearer\",\"id_token\":\"" + jwt.serialize() + "\"}");
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
