package bench.floor;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** Data source (an H2 file, as Ledernett's default), 1,000 rows at start, and paged reads. */
@DataSourceDefinition(name = "java:app/jdbc/floor", className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:file:./floor-data/floor", user = "floor", password = "floor")
@Singleton
@Startup
public class Items {

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void seed() {
        if (em.createQuery("SELECT COUNT(i) FROM Item i", Long.class).getSingleResult() == 0) {
            for (int i = 1; i <= 1000; i++) {
                em.persist(new Item("Item " + i, "county " + (i % 15), LocalDate.of(2026, 1, 1).plusDays(i % 300), i * 7));
            }
        }
    }

    public List<Item> page(int first, int size) {
        return em.createQuery("SELECT i FROM Item i ORDER BY i.name", Item.class).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(i) FROM Item i", Long.class).getSingleResult();
    }

    public Item find(long id) {
        return em.find(Item.class, id);
    }
}
