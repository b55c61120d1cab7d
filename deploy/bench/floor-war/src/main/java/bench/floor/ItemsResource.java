package bench.floor;

import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The one JAX-RS endpoint: a page of items (with the total, as Ledernett's lists answer), or one item. */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    @ApplicationPath("api")
    public static class Api extends Application {
    }

    public record Page(List<Item> items, int page, int size, long total) {
    }

    @Inject
    Items items;

    @GET
    public Page list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        return new Page(items.page(page * size, size), page, size, items.count());
    }

    @GET
    @Path("{id}")
    public Item one(@PathParam("id") long id) {
        Item item = items.find(id);
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }
}
