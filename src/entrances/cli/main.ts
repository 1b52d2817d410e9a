import { loadConfig, onMiniProgramLog } from '../../core/index.ts';
import { forwardCommand, runningHub } from './forward.ts';
import { buildProgram, STORE_COMMANDS } from './program.ts';
import { runCommand } from './run-command.ts';

const program = buildProgram();

// While a hub holds the data folder, a command that needs the store runs inside that hub
// (the embedded database is one process's); chat talks to it over its API itself.
program.hook('preAction', async (_program, action) => {
  let top = action;
  while (top.parent && top.parent !== program) top = top.parent;
  if (!STORE_COMMANDS.has(top.name()) || top.name() === 'chat') return;
  let forwarded = false;
  await runCommand(async () => {
    const hub = runningHub(loadConfig());
    if (!hub) return;
    forwarded = true;
    return forwardCommand(hub, process.argv.slice(2));
  });
  if (forwarded || process.exitCode) process.exit();
});

// A mini-program's own console lines are its developer's business: shown only with --verbose.
if (process.argv.includes('--verbose')) {
  onMiniProgramLog((line) => process.stderr.write(`  [${line.appId}${line.api ? ` ${line.api}` : ''}${line.level === 'info' ? '' : ` ${line.level}`}] ${line.text}\n`));
}

await program.parseAsync(process.argv);
