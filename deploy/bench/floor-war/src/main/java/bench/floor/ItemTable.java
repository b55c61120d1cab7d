package bench.floor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A lazy PrimeFaces table (paging in the database), as Ledernett's list pages have. */
@Named
@ViewScoped
public class ItemTable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Items items;

    private final LazyDataModel<Item> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) items.count();
        }

        @Override
        public List<Item> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return items.page(first, pageSize);
        }

        @Override
        public String getRowKey(Item item) {
            return String.valueOf(item.getId());
        }

        @Override
        public Item getRowData(String key) {
            return items.find(Long.parseLong(key));
        }
    };

    public LazyDataModel<Item> getRows() {
        return rows;
    }
}
