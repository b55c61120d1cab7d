package no.ledernett.matching;

import java.io.Serializable;
import java.util.List;

/** Every adviser for one need: the eligible ones best first, the excluded ones with their reasons. */
public record RankingResult(Need need, List<Evaluation> eligible, List<Evaluation> excluded) implements Serializable {
}
