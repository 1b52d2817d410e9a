import { z } from 'zod';
import { named } from './schemas.ts';

const id = z.string().min(1).max(200);

/** A reviewer's decision on one version: approve or reject, always with a reason. */
export const ReviewDecision = named('ReviewDecision', z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().min(1, 'a reason is required').max(2_000),
}));


/** One call in the playground: an API of a live mini-program, as the developer themself. */
export const PlaygroundCall = named('PlaygroundCall', z.object({
  appId: id,
  api: id,
  arguments: z.record(z.string(), z.unknown()).default({}),
  grants: z.array(z.string().min(1).max(100)).max(20).default([]),
}));


/** An operator's refund: all that is left, or part of it in yuan (at most two decimals). */
export const Refund = named('Refund', z.object({
  orderId: id,
  amount: z.number().positive().multipleOf(0.01).optional(),
  reason: ReviewDecision.shape.reason,
}));


export const LedgerQuery = z.object({
  status: z.enum(['created', 'paid', 'canceled', 'refunded', 'partially_refunded']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const AuditQuery = z.object({
  userId: id.optional(), appId: id.optional(), sessionId: id.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const EvalStart = named('EvalStart', z.object({
  file: z.string().regex(/^[\w-]+\.yaml$/, 'a scenario file name, e.g. public.yaml'),
  only: z.array(z.string().min(1).max(100)).max(200).optional(),
}));

