import { Readable } from 'node:stream';
import { CommanderError, type Command } from 'commander';
import { AgentOsError } from '../../core/index.ts';
import type { Hub } from '../../hub/index.ts';
import type { CommandOutput, ForwardedCommand } from '../http/index.ts';
import { withIo } from './command-io.ts';

/**
 * Runs a forwarded store command inside the running hub, exactly as the command line would
 * have run it on the folder: a fresh parse (commander keeps options on the command objects),
 * the caller's directory and input, output collected for the caller.
 */
export function commandRunner(hub: Hub, build: () => Command, allowed: ReadonlySet<string>) {
  return async ({ argv, cwd, stdin }: ForwardedCommand): Promise<CommandOutput> => {
    if (!allowed.has(argv[0] ?? '')) {
      throw new AgentOsError('BAD_REQUEST', `「${argv[0] ?? ''}」不经由中枢运行 / "${argv[0] ?? ''}" does not run through the hub`, { where: 'argv', fix: `one of: ${[...allowed].join(', ')}` });
    }
    let stdout = '';
    let stderr = '';
    let exitCode = 0;
    await withIo({
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      stdin: Readable.from(stdin ? [stdin] : []),
      cwd,
      hub,
      setExitCode: (code) => void (exitCode = code),
    }, async () => {
      try {
        await build().parseAsync(argv, { from: 'user' });
      } catch (error) {
        if (!(error instanceof CommanderError)) throw error;
        exitCode = error.exitCode;
      }
    });
    return { stdout, stderr, exitCode };
  };
}
