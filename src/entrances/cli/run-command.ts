import { io } from './command-io.ts';
import { toAgentOsError } from '../../core/index.ts';

/**
 * Runs a command's body and turns any failure into the one error model: the message a
 * person can act on on stderr, and the code's exit status.
 */
export async function runCommand(body: () => Promise<number | void>): Promise<void> {
  try {
    const code = await body();
    if (typeof code === 'number') io().setExitCode(code);
  } catch (error) {
    const e = toAgentOsError(error);
    io().stderr.write(`agentos: ${e.render()}\n`);
    if (e.code === 'INTERNAL' && process.env.AGENTOS_DEBUG) io().stderr.write(`${String((error as Error).stack)}\n`);
    io().setExitCode(e.exitCode);
  }
}

export function printJson(value: unknown): void {
  io().stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function parseJsonArgument(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw Object.assign(toAgentOsError(error, 'BAD_REQUEST'), { message: `${what} is not valid JSON: ${(error as Error).message}` });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw Object.assign(toAgentOsError(new Error(`${what} must be a JSON object, like '{"storeId":"s1"}'`), 'BAD_REQUEST'));
  }
  return value as Record<string, unknown>;
}
