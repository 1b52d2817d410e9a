/**
 * Sessions by user, latest first: how an entrance's standing conversation and a user's list of
 * conversations are found (one index lookup instead of a scan of every session).
 */
export default `
CREATE INDEX sessions_user_latest ON sessions (user_id, updated_at DESC);
`;
