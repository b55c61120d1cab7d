package no.ledernett.reports.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Problems;
import no.ledernett.portal.RequestFigures;
import no.ledernett.reports.Capacity;
import no.ledernett.reports.ClientHours;
import no.ledernett.reports.FiguresWorkbook;
import no.ledernett.reports.ManagementFigures;
import no.ledernett.sessions.ActivityTrends;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The management figures for staff (no {@code @Allowed}: staff only), as JSON and as an Excel
 * workbook, for the period ({@code from}/{@code to} as yyyy-MM; the last twelve months without),
 * a county and an adviser. A filter that is not one answers 400 with its violations.
 */
@ApplicationScoped
@Path("reports")
public class ManagementFiguresResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record FiguresJson(YearMonth from, YearMonth to, String county, Long adviserId, List<ClientHours.ClientMonth> hours,
                              List<ClientHours.Client> hoursByClient, List<ClientHours.MonthTotal> hoursByMonth, List<YearMonth> capacityMonths,
                              List<Capacity.Adviser> capacity, List<Capacity.Month> capacityByMonth, List<ActivityTrends.Month> attendance,
                              List<RequestFigures.Month> requests) {

        static FiguresJson of(ManagementFigures.Figures f) {
            return new FiguresJson(f.filter().from(), f.filter().to(), f.filter().county(), f.filter().adviserId(), f.hours().byClientAndMonth(),
                    f.hours().byClient(), f.hours().byMonth(), f.capacity().months(), f.capacity().advisers(), f.capacity().byMonth(), f.attendance(),
                    f.requests());
        }
    }

    @Inject
    ManagementFigures figures;

    @Inject
    Provider<Viewer> viewer;

    @Operation(summary = "Read the management figures",
            description = "Hours sold, used and remaining per client and month, advisers' capacity against committed hours, attendance and feedback, and requests with the time to handle them; filtered by months (from, to: yyyy-MM), county and adviser.")
    @GET
    @Path("figures")
    @Produces(MediaType.APPLICATION_JSON)
    public FiguresJson get(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("county") String county,
                           @QueryParam("adviser") String adviser) {
        return FiguresJson.of(figures.of(viewer.get(), from, to, county, adviser));
    }

    @Operation(summary = "Download the management figures as Excel",
            description = "The same figures as an Excel workbook (.xlsx).")
    @GET
    @Path("figures.xlsx")
    @Produces(XLSX)
    public Response xlsx(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("county") String county,
                         @QueryParam("adviser") String adviser, @Context HttpHeaders headers) throws IOException {
        ManagementFigures.Figures f = figures.of(viewer.get(), from, to, county, adviser);
        // Written before the answer starts, so a failure is a problem document rather than half a file.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FiguresWorkbook.write(f, Problems.locale(headers), bytes);
        String name = "nokkeltall-" + f.filter().from() + "-" + f.filter().to() + ".xlsx";
        return Response.ok((StreamingOutput) bytes::writeTo, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
