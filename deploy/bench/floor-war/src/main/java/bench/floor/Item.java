package bench.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;

/** The one entity: a row with a few columns of the kinds Ledernett's lists show. */
@Entity
public class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
    @SequenceGenerator(name = "item_seq", sequenceName = "item_seq", allocationSize = 50)
    private Long id;

    private String name;

    private String county;

    private LocalDate created;

    private int amount;

    protected Item() {
    }

    Item(String name, String county, LocalDate created, int amount) {
        this.name = name;
        this.county = county;
        this.created = created;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCounty() {
        return county;
    }

    public LocalDate getCreated() {
        return created;
    }

    public int getAmount() {
        return amount;
    }
}
