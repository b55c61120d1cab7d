package no.ledernett.app;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * An error page is shown as a page of its own, not as a postback of the form whose request failed:
 * with the form's fields still in the request, Faces would try to restore the failed page's view
 * state into the error page and PrimeFaces would ask for that page's CSP nonce, so a 403 or 404 for
 * a posted form became a 500. The error page sees a GET without parameters.
 */
@WebFilter(filterName = "ErrorPagesAsNewViews", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPagesAsNewViews extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Request attribute: true when the failed request was a change (a POST), not a read. */
    public static final String CHANGE_FAILED = "ledernett.changeFailed";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        // The page may say that nothing was saved only when something was to be (a posted form).
        request.setAttribute(CHANGE_FAILED, !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()));
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }
        }, response);
    }
}
