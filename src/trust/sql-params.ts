/**
 * Numbers parameters as a statement is written: `p(value)` returns `$n` and keeps the value.
 * Lets several parts (a change, its ledger entries, its audit record) compose one statement.
 */
export function sqlParams(): { p: (value: unknown) => string; params: unknown[] } {
  const params: unknown[] = [];
  return { params, p: (value) => `$${params.push(value)}` };
}
