import { expect } from 'vitest';
import type { Clock } from '../../src/core/index.ts';
import type { MiniProgramPackage } from '../../src/package/index.ts';
import type { CallOutcome, CallRequest, Runtime } from '../../src/runtime/index.ts';

/** A call the mini-program answered (not a consent question, not a refusal by the hub). */
export type CallResult = Extract<CallOutcome, { kind: 'result' }>;

/** The outcome as a result; anything else fails the test, showing the whole outcome. */
export function resultOf(out: CallOutcome): CallResult {
  if (out.kind !== 'result') throw new Error(`expected a result, got ${JSON.stringify(out)}`);
  return out;
}

/** What the model reads of a result: the envelope's text parts, one per line. */
export const resultText = (r: CallResult): string => r.envelope.content.map((c) => c.text).join('\n');

/** The envelope's structured content, loosely typed for assertions. */
export const resultData = (r: CallResult): Record<string, any> => r.envelope.structuredContent as Record<string, any>;

/** The hub's clock as a scenario moves it: `set(at)` before a step, `set()` back to the start. */
export type ScenarioClock = Clock & { set(at?: Date): void };

/** A clock standing at `start` until the test moves it, so the sandbox's Date is the scenario's. */
export function scenarioClock(start: Date, timeZone = 'Asia/Shanghai'): ScenarioClock {
  let now = start;
  return { now: () => now, timeZone, set: (at) => { now = at ?? start; } };
}

/** One call's differences from the caller's defaults; `at` is when it happens on the scenario clock. */
export type CallOptions = Partial<CallRequest> & { at?: Date };

/**
 * Calls a mini-program's APIs as `defaults` say (app, user, grants) unless a call says
 * otherwise. With a scenario clock, each call happens at its `at`, else at the clock's start.
 */
export function apiCaller(app: { readonly runtime: Runtime }, defaults: Omit<CallRequest, 'api' | 'arguments'>, clock?: ScenarioClock) {
  const raw = (api: string, args: Record<string, unknown> = {}, { at, ...extra }: CallOptions = {}): Promise<CallOutcome> => {
    clock?.set(at);
    return app.runtime.call({ ...defaults, api, arguments: args, ...extra });
  };
  const call = async (api: string, args: Record<string, unknown> = {}, options: CallOptions = {}): Promise<CallResult> => resultOf(await raw(api, args, options));
  return { raw, call };
}

/** Runs every example the package's own contract declares on a fresh install: each must run and answer as it says. */
export async function expectOwnExamplesPass(app: { readonly runtime: Runtime; readonly pkg: MiniProgramPackage }): Promise<void> {
  for (const skill of app.pkg.skills) {
    for (const api of skill.apis) {
      for (const example of api.examples) {
        const out = await app.runtime.runExample(app.pkg, skill.path, api.name, example);
        expect(out.ok, `${api.name}: ${JSON.stringify(out)}`).toBe(true);
        if (out.ok) expect(out.envelope.isError, `${api.name}: ${JSON.stringify(out.envelope.content)}`).toBe(example.expect?.isError ?? false);
      }
    }
  }
}
