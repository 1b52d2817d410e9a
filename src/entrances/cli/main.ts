import { Command } from 'commander';
import { onMiniProgramLog } from '../../core/index.ts';
import { registerCall } from './commands/call.ts';
import { registerUsers } from './commands/users.ts';
import { registerChat } from './commands/chat.ts';
import { registerEval } from './commands/eval.ts';
import { registerInstall } from './commands/install.ts';
import { registerLint } from './commands/lint.ts';
import { registerReview } from './commands/review.ts';
import { registerStart } from './commands/start.ts';
import { registerOperatorCommands } from './commands/operator.ts';
import { registerApps } from './commands/apps.ts';
import { registerAnalyze } from './commands/analyze.ts';

/** The `agentos` command line: every command is one file under commands/. */
const program = new Command('agentos')
  .description('AgentOS: one sentence in, a finished task out — the open hub between people and mini-programs')
  .showHelpAfterError();

registerStart(program);
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

// A mini-program's own console lines are its developer's business: shown only with --verbose.
if (process.argv.includes('--verbose')) {
  onMiniProgramLog((line) => process.stderr.write(`  [${line.appId}${line.api ? ` ${line.api}` : ''}${line.level === 'info' ? '' : ` ${line.level}`}] ${line.text}\n`));
}

await program.parseAsync(process.argv);
