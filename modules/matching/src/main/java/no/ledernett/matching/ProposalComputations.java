package no.ledernett.matching;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Computes a proposal in the background, by id. An EJB asynchronous method, not a task on the
 * managed executor: Payara runs an executor task in a copy of the submitting request's
 * invocation that shares its registry of non-transactional entity managers, and closes them all
 * when the task ends, so a quick computation closed the entity manager the request was still
 * using ("operation on a closed EntityManager", once in about 60 proposals). The EJB container
 * gives each asynchronous call an invocation of its own. No transaction around the whole call
 * (the solver may run for many seconds): reading the problem and saving the result are each a
 * transaction of their own in {@link ProposalStore}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProposalComputations {

    private static final Logger LOG = Logger.getLogger(ProposalComputations.class.getName());

    @Inject
    ProposalStore store;

    @Inject
    ProposalProgress progress;

    @Inject
    no.ledernett.platform.OperationsMetrics metrics;

    @Asynchronous
    public void compute(long id, double limit) {
        long started = System.nanoTime();
        boolean failed = false;
        try {
            ProposalStore.Computation c = store.computation(id);
            double greedy = GreedyAssignment.solve(c.problem()).total();
            AssignmentSolution solution = OptimalAssignment.solve(c.problem(), limit, best -> progress.found(id, best));
            store.save(id, c, solution, greedy);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "Proposal " + id + " could not be computed", e);
            store.fail(id, e.getClass().getSimpleName());
            failed = true;
        } finally {
            progress.finished(id);
            metrics.matchingRun(java.time.Duration.ofNanos(System.nanoTime() - started), failed);
        }
    }
}
