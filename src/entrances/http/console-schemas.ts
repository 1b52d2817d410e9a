import { z } from 'zod';

const id = z.string().min(1).max(200).regex(/^[^\u0000-\u001f\u007f]*$/, 'control characters are not allowed');

/** A reviewer's decision on one version: approve or reject, always with a reason. */
export const reviewDecisionSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().min(1, 'a reason is required').max(2_000).regex(/^[^\u0000-\u0008\u000b-\u001f\u007f]*$/, 'control characters are not allowed'),
});

/** One call in the playground: an API of an approved mini-program, for the developer's own user. */
export const playgroundCallSchema = z.object({
  appId: id,
  api: id,
  arguments: z.record(z.string(), z.unknown()).default({}),
  grants: z.array(z.string().min(1).max(100)).max(20).default([]),
});

/** An operator's refund: all that is left, or part of it in yuan (at most two decimals). */
export const refundSchema = z.object({
  orderId: id,
  amount: z.number().positive().multipleOf(0.01).optional(),
  reason: reviewDecisionSchema.shape.reason,
});
