package no.ledernett.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.OrganisationNumbers;
import no.ledernett.platform.Audited;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NorwegianTime;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.OrganisationNumber;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

/**
 * Monthly invoice runs. A run proposes one invoice per engagement: hourly engagements bill every
 * hour logged up to the month's end that no approved invoice has billed yet (late entries too),
 * fixed-price ones bill the month. Staff review the run, put right what it says is missing
 * (terms, reference, organisation number, price) and approve it; approval numbers the invoices
 * without gaps, writes each as EHF, checks it against the PEPPOL rules, and locks it.
 */
@ApplicationScoped
public class InvoiceRuns {

    /** Why a draft cannot be approved; each is a rule in the module's bundle ({@code rule.problem.<key>}). */
    static final String NO_TERMS = "terms";
    static final String NO_REFERENCE = "reference";
    static final String NO_ORGANISATION_NUMBER = "organisationNumber";
    static final String NO_PRICE = "price";

    @PersistenceContext
    EntityManager em;

    @Inject
    Billing billing;

    @Inject
    Engagements engagements;

    @Inject
    OrganisationNumbers organisationNumbers;

    @Inject
    Seller seller;

    @Inject
    PeppolRules rules;

    @Inject
    Event<Audited> audit;

    @Inject
    Provider<Viewer> viewer;

    public List<InvoiceRun> runs() {
        StaffOnly.check(viewer.get());
        return em.createQuery("SELECT r FROM InvoiceRun r ORDER BY r.month DESC", InvoiceRun.class).setMaxResults(120).getResultList();
    }

    public InvoiceRun run(long id) {
        StaffOnly.check(viewer.get());
        InvoiceRun run = em.find(InvoiceRun.class, id);
        if (run == null) {
            throw new NotFoundException("InvoiceRun", id);
        }
        return run;
    }

    /** A run's invoices with their lines, in the order they are numbered. */
    public List<Invoice> invoices(long runId) {
        run(runId);
        return em.createQuery("SELECT DISTINCT i FROM Invoice i LEFT JOIN FETCH i.lines WHERE i.run.id = :run", Invoice.class)
                .setParameter("run", runId).getResultStream().sorted(ORDER).toList();
    }

    /** Invoices are numbered by buyer, then engagement, so one municipality's invoices follow each other. */
    static final Comparator<Invoice> ORDER = Comparator.comparing(Invoice::getBuyerName).thenComparing(Invoice::getEngagementId);

    /** The run's invoices as CSV for the accounting system. */
    public String accountingCsv(long runId) {
        return AccountingExport.csv(invoices(runId));
    }

    /** An approved invoice or credit note as a readable PDF; a draft has none. */
    public java.util.Optional<byte[]> pdf(long id) {
        Invoice invoice = invoice(id);
        return invoice.getNumber() == null ? java.util.Optional.empty() : java.util.Optional.of(InvoicePdf.of(invoice, seller));
    }

    /**
     * An invoice: staff see any, drafts too; a municipality's contact sees the invoices and credit
     * notes issued to their own municipality. Anyone else, and a contact asking for a draft or for
     * another municipality's invoice, finds nothing there.
     */
    public Invoice invoice(long id) {
        Viewer who = viewer.get();
        Invoice invoice = em.find(Invoice.class, id);
        boolean staff = who != null && who.is(Viewer.Role.STAFF);
        boolean buyer = invoice != null && invoice.getNumber() != null && who != null && who.is(Viewer.Role.CONTACT)
                && who.belongsTo(invoice.getMunicipalityNumber());
        if (invoice == null || !(staff || buyer)) {
            throw new NotFoundException("Invoice", id);
        }
        return invoice;
    }

    /**
     * What has been issued to a municipality (invoices and credit notes, newest first), a year at a
     * time when one is given. Staff ask for any municipality; a contact only for their own, and
     * finds nothing for another.
     */
    public Page<IssuedInvoice> issuedTo(String municipalityNumber, Integer year, PageRequest page) {
        Viewer who = viewer.get();
        if (who == null || !who.actsFor(municipalityNumber)) {
            throw new NotFoundException("Municipality", municipalityNumber);
        }
        LocalDate from = year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate until = year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
        String where = " WHERE i.municipalityNumber = :municipality AND i.number IS NOT NULL AND i.issueDate BETWEEN :from AND :until";
        long total = em.createQuery("SELECT COUNT(i) FROM Invoice i" + where, Long.class)
                .setParameter("municipality", municipalityNumber).setParameter("from", from).setParameter("until", until).getSingleResult();
        List<IssuedInvoice> items = total == 0 ? List.of()
                : em.createQuery("SELECT i FROM Invoice i LEFT JOIN FETCH i.credits" + where + " ORDER BY i.number DESC", Invoice.class)
                        .setParameter("municipality", municipalityNumber).setParameter("from", from).setParameter("until", until)
                        .setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream().map(InvoiceRuns::issued).toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    private static IssuedInvoice issued(Invoice i) {
        return new IssuedInvoice(i.getId(), i.getKind(), i.getStatus(), i.getNumber(), i.getEngagementId(), i.getMunicipalityNumber(),
                i.getBuyerReference(), i.getIssueDate(), i.getDueDate(), i.getPeriodStart(), i.getPeriodEnd(), i.getNet(), i.getVatAmount(),
                i.getTotal(), i.getCredits() == null ? null : i.getCredits().getNumber());
    }

    /**
     * Proposes the month's run, or proposes a draft again with what was logged since. An approved
     * month is not proposed again; hours logged for it later go into the next month's run.
     */
    @Transactional
    public InvoiceRun propose(YearMonth month) {
        StaffOnly.check(viewer.get());
        if (month == null) {
            throw new InvalidInputException(Violation.of("month", "required"));
        }
        if (month.isAfter(YearMonth.from(NorwegianTime.today()))) {
            throw new InvalidInputException(Violation.of(InvoicingTexts.RULES, "month", "run.future"));
        }
        InvoiceRun run = em.createQuery("SELECT r FROM InvoiceRun r WHERE r.month = :m", InvoiceRun.class).setParameter("m", month)
                .getResultStream().findFirst().orElse(null);
        if (run != null && run.getStatus() == InvoiceRun.Status.APPROVED) {
            throw new InvalidInputException(Violation.of(InvoicingTexts.RULES, "month", "run.approved", named(month)));
        }
        List<Draft> drafts = drafts(month);
        if (drafts.isEmpty()) {
            throw new InvalidInputException(Violation.of(InvoicingTexts.RULES, "month", "run.empty", named(month)));
        }
        String by = by();
        if (run == null) {
            run = new InvoiceRun(month, NorwegianTime.now(), by);
            em.persist(run);
        } else {
            em.createQuery("SELECT i FROM Invoice i WHERE i.run = :run", Invoice.class).setParameter("run", run).getResultList().forEach(em::remove);
            em.flush();
            run.proposedAgain(NorwegianTime.now(), by);
        }
        for (Draft draft : drafts) {
            em.persist(draft.invoice(run));
        }
        em.flush();
        audit.fire(new Audited(viewer.get(), "invoice-run.propose", "invoice-run:" + run.getId() + ":" + month));
        return run;
    }

    /** A draft run that will not be approved; its hours stay unbilled. */
    @Transactional
    public void discard(long runId, Long version) {
        StaffOnly.check(viewer.get());
        InvoiceRun run = run(runId);
        if (run.getStatus() != InvoiceRun.Status.DRAFT || version == null || version != run.getVersion()) {
            throw new ConflictException("InvoiceRun", runId);
        }
        em.createQuery("SELECT i FROM Invoice i WHERE i.run = :run", Invoice.class).setParameter("run", run).getResultList().forEach(em::remove);
        em.remove(run);
        audit.fire(new Audited(viewer.get(), "invoice-run.discard", "invoice-run:" + runId));
    }

    /**
     * Approves the run as of the version staff reviewed. The number counter is locked first, so two
     * approvals take turns: the second finds the run approved (or its version moved on) and gets a
     * conflict, and whatever rolls back gives its numbers back.
     */
    @Transactional
    public InvoiceRun approve(long runId, Long version) {
        StaffOnly.check(viewer.get());
        InvoiceNumberCounter counter = lockedCounter("InvoiceRun", runId);
        InvoiceRun run = run(runId);
        em.refresh(run);
        if (version == null) {
            throw new no.ledernett.platform.PreconditionRequiredException();
        }
        if (run.getStatus() != InvoiceRun.Status.DRAFT || version != run.getVersion()) {
            throw new ConflictException("InvoiceRun", runId);
        }
        List<Invoice> invoices = invoices(runId);
        List<Violation> problems = new ArrayList<>();
        for (Invoice invoice : invoices) {
            for (String problem : invoice.getProblems()) {
                problems.add(Violation.of(InvoicingTexts.RULES, "invoices", "problem." + problem, invoice.getBuyerName(), invoice.getEngagementId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Long alreadyBilled = em.createQuery("SELECT COUNT(l) FROM InvoiceLine l WHERE l.invoice.run = :run AND l.source IN "
                        + "(SELECT b.source FROM InvoiceLine b WHERE b.invoice.status = :approved AND b.invoice.kind = :kind)", Long.class)
                .setParameter("run", run).setParameter("approved", Invoice.Status.APPROVED).setParameter("kind", Invoice.Kind.INVOICE).getSingleResult();
        if (alreadyBilled > 0) {
            // Another month's run billed some of these hours since this one was proposed.
            throw new InvalidInputException(Violation.of(InvoicingTexts.RULES, "invoices", "run.stale"));
        }
        LocalDate today = NorwegianTime.today();
        for (Invoice invoice : invoices) {
            invoice.approve(counter.take(), today, seller.paymentDays());
            invoice.document(checkedDocument(invoice));
        }
        run.approved(NorwegianTime.now(), by());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("InvoiceRun", runId);
        }
        audit.fire(new Audited(viewer.get(), "invoice-run.approve", "invoice-run:" + runId + ":" + invoices.size()));
        return run;
    }

    /** Cancels an approved invoice in full with a credit note, numbered in the same series; its hours may be billed again. */
    @Transactional
    public Invoice credit(long invoiceId, Long version) {
        StaffOnly.check(viewer.get());
        InvoiceNumberCounter counter = lockedCounter("Invoice", invoiceId);
        Invoice original = invoice(invoiceId);
        em.refresh(original);
        if (version == null) {
            throw new no.ledernett.platform.PreconditionRequiredException();
        }
        if (original.getKind() != Invoice.Kind.INVOICE || original.getStatus() != Invoice.Status.APPROVED || version != original.getVersion()) {
            throw new ConflictException("Invoice", invoiceId);
        }
        Invoice note = Invoice.creditNoteFor(original, counter.take(), NorwegianTime.today());
        note.document(checkedDocument(note));
        em.persist(note);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Invoice", invoiceId);
        }
        audit.fire(new Audited(viewer.get(), "invoice.credit", "invoice:" + invoiceId + ":" + note.getNumber()));
        return note;
    }

    /**
     * The number counter, locked until this transaction ends. Whoever waits too long for it (the
     * database's lock timeout) came while another approval was numbering: a conflict, try again.
     */
    private InvoiceNumberCounter lockedCounter(String what, long id) {
        try {
            return em.find(InvoiceNumberCounter.class, InvoiceNumberCounter.ID, LockModeType.PESSIMISTIC_WRITE);
        } catch (jakarta.persistence.PersistenceException e) {
            throw new ConflictException(what, id);
        }
    }

    /** The document, or no approval at all: an invoice that breaks a PEPPOL rule is never offered. */
    private String checkedDocument(Invoice invoice) {
        String ehf = EhfDocument.of(invoice, seller);
        List<PeppolRules.Failure> errors = rules.errors(ehf, invoice.getKind() == Invoice.Kind.CREDIT_NOTE);
        if (!errors.isEmpty()) {
            PeppolRules.Failure first = errors.get(0);
            throw new InvalidInputException(Violation.of(InvoicingTexts.RULES, "invoices", "ehf.invalid", invoice.getBuyerName(), first.rule(), first.text()));
        }
        return ehf;
    }

    /**
     * A month for a message that names it in the reader's language ("november 2026"): the
     * middle of the month, so that no server time zone can turn it into the month before.
     */
    static java.util.Date named(YearMonth month) {
        return java.util.Date.from(month.atDay(15).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
    }

    private String by() {
        Viewer who = viewer.get();
        return who.userId() == null ? who.roleName() : "user:" + who.userId();
    }

    /** One proposed invoice before it is saved. */
    private record Draft(long engagementId, Buyer buyer, VatTreatment vat, YearMonth month, List<String> problems, List<Line> lines) {

        Invoice invoice(InvoiceRun run) {
            LocalDate first = lines.stream().map(Line::date).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(month.atDay(1));
            Invoice invoice = new Invoice(run, engagementId, buyer, vat, first.isBefore(month.atDay(1)) ? first : month.atDay(1), month.atEndOfMonth(), problems);
            lines.forEach(l -> invoice.add(l.date(), l.description(), l.quantity(), l.unit(), l.price(), l.source()));
            return invoice;
        }
    }

    private record Line(LocalDate date, String description, BigDecimal quantity, String unit, BigDecimal price, String source) {
    }

    private List<Draft> drafts(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        List<LoggedHours> unbilled = em.createQuery("SELECT h FROM LoggedHours h WHERE h.date <= :end AND NOT EXISTS ("
                        + "SELECT l FROM InvoiceLine l WHERE l.source = h.reference AND l.invoice.status = :approved AND l.invoice.kind = :kind) "
                        + "ORDER BY h.engagementId, h.date, h.id", LoggedHours.class)
                .setParameter("end", end).setParameter("approved", Invoice.Status.APPROVED).setParameter("kind", Invoice.Kind.INVOICE).getResultList();
        Map<Long, List<LoggedHours>> byEngagement = new LinkedHashMap<>();
        unbilled.forEach(h -> byEngagement.computeIfAbsent(h.engagementId(), k -> new ArrayList<>()).add(h));
        List<BillingTermsView> fixed = billing.fixedPrice();
        Set<Long> ids = new TreeSet<>(byEngagement.keySet());
        fixed.forEach(t -> ids.add(t.engagementId()));
        Map<Long, BillingTermsView> terms = billing.terms(ids);
        Map<Long, EngagementView> views = engagements.views(ids);
        Map<String, OrganisationNumber> numbers = organisationNumbers.of(views.values().stream().map(v -> v.municipality().number()).distinct().toList());
        Set<String> billedMonths = billedFixedMonths(month);
        List<Draft> drafts = new ArrayList<>();
        for (long id : ids) {
            EngagementView engagement = views.get(id);
            if (engagement == null) {
                continue;
            }
            BillingTermsView t = terms.get(id);
            List<Line> lines = new ArrayList<>();
            if (t != null && t.priceModel() == PriceModel.FIXED) {
                boolean active = !engagement.start().isAfter(end) && !engagement.end().isBefore(month.atDay(1));
                String source = "fixed:" + id + ":" + month;
                if (!active || billedMonths.contains(source)) {
                    continue;
                }
                lines.add(new Line(null, Texts.format(InvoicingTexts.DOCUMENTS, Texts.BOKMAL, "line.fixed", monthName(month), t.priceCovers()),
                        BigDecimal.ONE, InvoiceLine.MONTHS, t.monthlyPrice(), source));
            } else {
                BigDecimal rate = t == null || t.hourlyRate() == null ? BigDecimal.ZERO : t.hourlyRate();
                for (LoggedHours h : byEngagement.getOrDefault(id, List.of())) {
                    lines.add(new Line(h.date(), h.description(), BigDecimal.valueOf(h.hours()).setScale(2, RoundingMode.HALF_UP), InvoiceLine.HOURS, rate,
                            h.reference()));
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            String organisationNumber = t != null && t.buyerOrganisationNumber() != null ? t.buyerOrganisationNumber()
                    : numbers.containsKey(engagement.municipality().number()) ? numbers.get(engagement.municipality().number()).value() : null;
            List<String> problems = new ArrayList<>();
            if (t == null) {
                problems.add(NO_TERMS);
            } else {
                if (t.buyerReference() == null) {
                    problems.add(NO_REFERENCE);
                }
                if (t.price() == null || t.price().signum() <= 0) {
                    problems.add(NO_PRICE);
                }
            }
            if (organisationNumber == null) {
                problems.add(NO_ORGANISATION_NUMBER);
            }
            Buyer buyer = new Buyer(engagement.municipality().number(), engagement.municipality().name(), organisationNumber,
                    t == null ? null : t.buyerReference());
            drafts.add(new Draft(id, buyer, t == null ? VatTreatment.STANDARD : t.vat(), month, problems, lines));
        }
        return drafts;
    }

    private Set<String> billedFixedMonths(YearMonth month) {
        return new java.util.HashSet<>(em.createQuery("SELECT l.source FROM InvoiceLine l WHERE l.source LIKE :fixed AND l.invoice.status = :approved "
                        + "AND l.invoice.kind = :kind", String.class)
                .setParameter("fixed", "fixed:%:" + month).setParameter("approved", Invoice.Status.APPROVED).setParameter("kind", Invoice.Kind.INVOICE)
                .getResultList());
    }

    static String monthName(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", Texts.BOKMAL).format(month);
    }
}
