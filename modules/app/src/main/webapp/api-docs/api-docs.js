// Swagger UI on the server's OpenAPI document (/openapi, at the server root whatever the context root).
// "Try it out" sends requests from this page: with the browser's session when signed in (same origin),
// or with Basic or Bearer credentials given under "Authorize".
window.addEventListener('DOMContentLoaded', function () {
    window.ui = SwaggerUIBundle({
        url: '/openapi?format=JSON',
        dom_id: '#swagger-ui',
        deepLinking: true,
        docExpansion: 'none',
        defaultModelsExpandDepth: 0,
        tryItOutEnabled: false,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout'
    });
});
