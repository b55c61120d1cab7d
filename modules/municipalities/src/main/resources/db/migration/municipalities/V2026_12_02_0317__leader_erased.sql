-- The day a leader's personal data was erased on request (GDPR art. 17). An erased leader stays
-- as an anonymous row for hours and figures, but is offered in no choice list again. Leaders
-- erased before this column existed are known by the address erasure gave them.
ALTER TABLE leader ADD COLUMN erased_on DATE;
UPDATE leader SET erased_on = CURRENT_DATE WHERE email LIKE 'slettet-%@ledernett.invalid';
