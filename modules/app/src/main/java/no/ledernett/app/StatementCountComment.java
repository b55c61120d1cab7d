package no.ledernett.app;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The screens' side of {@link StatementCountHeader}: with
 * {@code ledernett.diagnostics.statement-count=true}, a full page (a GET, not an AJAX update)
 * ends with {@code <!-- ledernett-statements: N -->}, the SQL statements it cost. A header
 * cannot carry it: the page is already on its way when rendering ends.
 */
@WebFilter(filterName = "StatementCountComment", urlPatterns = "*.xhtml")
public class StatementCountComment extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "ledernett.diagnostics.statement-count", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        StatementCounter.reset();
        chain.doFilter(request, response);
        boolean fullPage = "GET".equals(request.getMethod()) && request.getHeader("Faces-Request") == null;
        if (enabled && fullPage && response.getStatus() == HttpServletResponse.SC_OK && String.valueOf(response.getContentType()).startsWith("text/html")) {
            try {
                response.getWriter().write("\n<!-- ledernett-statements: " + StatementCounter.count() + " -->\n");
            } catch (IllegalStateException streamed) {
                // written as bytes, not characters: no comment
            }
        }
    }
}
