package no.ledernett.municipalities.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.ledernett.municipalities.BudgetUse;
import no.ledernett.municipalities.Engagements;
import no.ledernett.platform.Attention;
import no.ledernett.platform.AttentionSource;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;

/**
 * For the start page: active engagements that have used 80 % of their hour budget, and those that
 * have used it all, each named with a link to its page (where staff change the budget or see the
 * hours). Two statements: the active engagements' budgets, and the hours used on them.
 */
@ApplicationScoped
public class BudgetAttention implements AttentionSource {

    /** Named on the start page; the rest are counted. */
    static final int NAMED = 8;

    @Inject
    Engagements engagements;

    @Override
    public List<Attention> attention(Viewer viewer, LocalDate today, Locale locale) {
        if (!viewer.is(Viewer.Role.STAFF)) {
            return List.of();
        }
        List<Engagements.Budget> budgets = engagements.activeBudgets();
        List<Attention.Item> near = new ArrayList<>();
        List<Attention.Item> over = new ArrayList<>();
        long nearCount = 0;
        long overCount = 0;
        for (Engagements.Budget b : budgets) {
            BudgetUse use = b.use();
            if (use.level() == BudgetUse.Level.OK) {
                continue;
            }
            Attention.Item item = new Attention.Item(b.municipalityName() + " – " + Texts.format(MunicipalitiesSection.TEXTS, locale, "kind." + b.kind())
                    + (b.programme() == null ? "" : " (" + b.programme() + ")"), "/admin/municipalities/engagement.xhtml?id=" + b.id(), use.percent());
            if (use.level() == BudgetUse.Level.OVER) {
                overCount++;
                if (over.size() < NAMED) {
                    over.add(item);
                }
            } else {
                nearCount++;
                if (near.size() < NAMED) {
                    near.add(item);
                }
            }
        }
        return List.of(new Attention(MunicipalitiesSection.TEXTS, "attention.budgetOver", overCount, null, true, 40, over),
                new Attention(MunicipalitiesSection.TEXTS, "attention.budgetNear", nearCount, null, false, 41, near));
    }
}
