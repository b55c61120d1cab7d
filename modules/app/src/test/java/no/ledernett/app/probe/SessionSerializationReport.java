package no.ledernett.app.probe;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test only: what {@link SessionSerializationProbe} found, one line each; empty when every session could be replicated. */
@WebServlet("/test-probe/session-serialization")
public class SessionSerializationReport extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(String.join("\n", SessionSerializationProbe.PROBLEMS));
    }
}
