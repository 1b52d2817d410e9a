import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { AgentOsError } from '../core/index.ts';

const orderExpectation = z.object({
  merchant: z.string(),
  amount: z.number(),
  meta: z.record(z.string(), z.unknown()).optional(),
  lines: z.array(z.object({ ref: z.string().optional(), name: z.string().optional(), qty: z.number().optional(), options: z.record(z.string(), z.unknown()).optional() })).optional(),
});
const yesNo = z.union([z.boolean(), z.enum(['yes', 'no'])]).transform((v) => v === true || v === 'yes');
const text = z.union([z.string(), z.number()]).transform(String);

const scenario = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are kebab-case'),
  user: z.string().optional(),
  now: z.union([z.string(), z.date()]).optional(),
  say: text,
  /** `dev` or `test`: which half of a development set the scenario belongs to (tune on dev only). */
  split: z.enum(['dev', 'test']).optional(),
  answers: z.array(text).default([]),
  confirm: yesNo.optional(),
  consent: yesNo.optional(),
  expect: z.object({
    paid: z.array(orderExpectation).default([]),
    refunded: z.array(orderExpectation).optional(),
    reply_contains: z.array(z.union([text, z.array(text)])).default([]),
    reply_excludes: z.array(text).default([]),
  }).default({ paid: [], reply_contains: [], reply_excludes: [] }),
});

const file = z.object({
  defaults: z.object({ now: z.union([z.string(), z.date()]).optional(), user: z.string().optional(), confirm: yesNo.optional(), consent: yesNo.optional() }).default({}),
  scenarios: z.array(scenario).min(1),
});

export type OrderExpectation = z.infer<typeof orderExpectation>;

/** One scenario with the file's defaults applied (SCENARIOS.md). */
export interface Scenario {
  id: string;
  user: string;
  now: string;
  say: string;
  split?: 'dev' | 'test';
  answers: string[];
  confirm: boolean;
  consent: boolean;
  expect: { paid: OrderExpectation[]; refunded: OrderExpectation[] | undefined; replyContains: (string | string[])[]; replyExcludes: string[] };
}

/** Reads a scenario file; a malformed one is an error that names the scenario and field. */
export function loadScenarios(path: string): Scenario[] {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AgentOsError('BAD_REQUEST', `${path} is not readable YAML: ${(error as Error).message}`, { where: path });
  }
  const parsed = file.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AgentOsError('BAD_REQUEST', `${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, { where: path, fix: 'see SCENARIOS.md for the format' });
  }
  const { defaults, scenarios } = parsed.data;
  const ids = new Set<string>();
  return scenarios.map((s) => {
    if (ids.has(s.id)) throw new AgentOsError('BAD_REQUEST', `${path}: scenario id ${s.id} appears twice`, { where: path });
    ids.add(s.id);
    const now = s.now ?? defaults.now ?? '2026-11-20T10:00:00+08:00';
    return {
      id: s.id, ...(s.split ? { split: s.split } : {}), user: s.user ?? defaults.user ?? 'demo', now: now instanceof Date ? now.toISOString() : now, say: s.say, answers: s.answers,
      confirm: s.confirm ?? defaults.confirm ?? true, consent: s.consent ?? defaults.consent ?? true,
      expect: { paid: s.expect.paid, refunded: s.expect.refunded, replyContains: s.expect.reply_contains, replyExcludes: s.expect.reply_excludes },
    };
  });
}
