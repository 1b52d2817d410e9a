import { Command } from 'commander';
import { registerCall } from './commands/call.ts';
import { registerUsers } from './commands/users.ts';
import { registerChat } from './commands/chat.ts';
import { registerEval } from './commands/eval.ts';
import { registerInstall } from './commands/install.ts';
import { registerLint } from './commands/lint.ts';
import { registerReview } from './commands/review.ts';
import { registerStart } from './commands/start.ts';
import { registerStore } from './commands/store.ts';
import { registerOperatorCommands } from './commands/operator.ts';
import { registerApps } from './commands/apps.ts';
import { registerAnalyze } from './commands/analyze.ts';
import { registerClients } from './commands/clients.ts';
import { registerMcp } from './commands/mcp.ts';
import { registerRemote } from './commands/remote.ts';
import { io } from './command-io.ts';
import { commandRunner } from './run-in-hub.ts';

/** The commands that work on the hub's store: forwarded to the running hub when it holds the data folder. */
export const STORE_COMMANDS: ReadonlySet<string> = new Set(['install', 'review', 'call', 'pay', 'audit', 'users', 'apps', 'clients', 'agents', 'mcp-servers', 'chat', 'store']);

/** What a running hub runs for the commands beside it (chat talks to its API itself). */
const FORWARDED: ReadonlySet<string> = new Set([...STORE_COMMANDS].filter((name) => name !== 'chat'));

/**
 * The `agentos` command line: every command is one file under commands/. `inHub` builds the
 * copy a running hub runs forwarded commands with: errors are thrown, never `process.exit`.
 */
export function buildProgram({ inHub = false }: { inHub?: boolean } = {}): Command {
  const program = new Command('agentos')
    .description('AgentOS: one sentence in, a finished task out — the open hub between people and mini-programs')
    .showHelpAfterError();
  if (inHub) {
    program.exitOverride().configureOutput({ writeOut: (text) => void io().stdout.write(text), writeErr: (text) => void io().stderr.write(text) });
  }
  registerStart(program, { commandsInHub: (hub) => commandRunner(hub, () => buildProgram({ inHub: true }), FORWARDED) });
  registerLint(program);
  registerAnalyze(program);
  registerInstall(program);
  registerReview(program);
  registerCall(program);
  registerOperatorCommands(program);
  registerApps(program);
  registerEval(program);
  registerChat(program);
  registerUsers(program);
  registerClients(program);
  registerMcp(program);
  registerRemote(program);
  registerStore(program);
  return program;
}
