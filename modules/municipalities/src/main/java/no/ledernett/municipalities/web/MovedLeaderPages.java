package no.ledernett.municipalities.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A municipality's leaders and a leader's page were in the groups' part of the admin screens
 * (/admin/groups/leaders.xhtml, leader.xhtml) until they moved here with the leaders. Staff keep
 * them as bookmarks, which the lists are made for, so the old addresses send the browser on with
 * the same query. Only staff get here: the path is under /admin.
 */
@WebServlet(urlPatterns = {"/admin/groups/leaders.xhtml", "/admin/groups/leader.xhtml"})
public class MovedLeaderPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        String page = request.getServletPath().substring(request.getServletPath().lastIndexOf('/'));
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + "/admin/municipalities" + page + (query == null ? "" : "?" + query));
    }
}
