import type { Ask } from './memo.ts';

type Candidate = NonNullable<Ask['candidates']>[number];

/**
 * The labels of things offered, each told apart from the others: where several read alike (a film's
 * showings at one cinema on three days, each 「（11:30）」), the day each is on stands before its label
 * (「11-22 …」); where no day tells them apart, they stay as they are.
 */
export function toldApart(candidates: readonly Candidate[], labels: readonly string[]): string[] {
  return labels.map((label, i) => {
    const alike = candidates.filter((_, j) => labels[j] === label);
    const fields = candidates[i]?.fields ?? {};
    const day = alike.length > 1 ? Object.keys(fields).find((key) => DAY.test(fields[key] ?? '') && new Set(alike.map((c) => c.fields?.[key])).size > 1) : undefined;
    return day ? `${fields[day]!.slice(5, 10)} ${label}` : label;
  });
}

/** A value that is (or starts with) a day: `2026-11-22`, `2026-11-22 19:20`. */
const DAY = /^\d{4}-\d{2}-\d{2}/;
