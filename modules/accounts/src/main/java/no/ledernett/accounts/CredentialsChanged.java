package no.ledernett.accounts;

/** An account's credentials changed (disabled, new password, new role): sessions with an older stamp are over. */
record CredentialsChanged(long userId, long stamp) {
}
