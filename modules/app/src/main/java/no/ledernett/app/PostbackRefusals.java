package no.ledernett.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;

/**
 * Postbacks Faces refuses by throwing, answered as what they are instead of the container's 500:
 * a form posted to a page that does not exist ({@code POST /PORTAL/index.xhtml}) is 404, as the same
 * address read with GET is (Mojarra answers the GET itself but lets the postback's missing view
 * escape); a postback without the page's CSP nonce, which PrimeFaces' script adds to every form in
 * a browser, is 400 (a forged or replayed form, or a client without scripts); and so is a view
 * state that does not restore into the page it was posted to (another page's state, posted here).
 */
@WebFilter(filterName = "PostbackRefusals", urlPatterns = "*.xhtml")
public class PostbackRefusals extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            int status = statusFor(e);
            if (status == 0 || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.sendError(status);
        }
    }

    static int statusFor(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileNotFoundException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
            if (cause instanceof org.primefaces.csp.CspException || failedToRestore(cause)) {
                return HttpServletResponse.SC_BAD_REQUEST;
            }
        }
        return 0;
    }

    /** Thrown while Faces restored the posted view state: the state is not this page's. */
    private static boolean failedToRestore(Throwable e) {
        if (!(e instanceof IndexOutOfBoundsException || e instanceof ClassCastException || e instanceof IllegalStateException)) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getMethodName().equals("restoreView") && frame.getClassName().startsWith("com.sun.faces.")) {
                return true;
            }
        }
        return false;
    }
}
