/** An expected outcome (parsing, validation, a business refusal) as a value, not an exception. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** JSON.parse that returns a Result with the position of the first problem. */
export function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
