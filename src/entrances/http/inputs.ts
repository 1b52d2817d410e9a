import { z } from 'zod';

/** What the HTTP API accepts as the user's input (the orchestrator's `UserInput`). */
export const userInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message'), text: z.string().min(1).max(4_000) }),
  z.object({ type: z.literal('confirm'), confirmationId: z.string().min(1), token: z.string().min(1), accept: z.boolean() }),
  z.object({ type: z.literal('consent'), appId: z.string().min(1), scope: z.string().min(1), grant: z.boolean() }),
  z.object({
    type: z.literal('tap'),
    text: z.string().min(1).max(4_000),
    call: z.object({ appId: z.string(), name: z.string(), arguments: z.record(z.string(), z.unknown()) }).optional(),
  }),
]);

export const newSessionSchema = z.object({ user: z.string().min(1) });

/** A tap on a node of a card shown earlier: the card event's `seq` and the node's `path`. */
export const cardTapSchema = z.object({ seq: z.number().int().positive(), path: z.string().min(1) });

/** The console adds or removes one origin of a mini-program's request allowlist. */
export const domainChangeSchema = z.object({ action: z.enum(['add', 'remove']), origin: z.string().min(1).max(300) });
