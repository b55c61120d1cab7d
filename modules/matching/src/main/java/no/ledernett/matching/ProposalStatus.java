package no.ledernett.matching;

public enum ProposalStatus {
    COMPUTING,
    READY,
    FAILED,
    PUBLISHED,
    DISCARDED
}
