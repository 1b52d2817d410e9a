import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { io } from '../command-io.ts';
import { seedEcosystem } from '../../../ecosystem/index.ts';
import { messageLanguage, type TurnResult, type UserInput } from '../../../orchestrator/index.ts';
import { renderEvent } from '../render-event.ts';
import { progress } from '../progress.ts';
import { runCommand } from '../run-command.ts';
import { localChat, remoteChat, type ChatLink } from '../chat-link.ts';
import { runningHub } from '../forward.ts';
import { loadConfig } from '../../../core/index.ts';
import { withHub } from '../with-hub.ts';

/** `agentos chat`: the terminal entrance. A confirmation is redeemed only by the user typing y at its prompt. */
export function registerChat(program: Command): void {
  program
    .command('chat')
    .description('talk to the assistant in the terminal (--once for one message, --json for the event feed; "tap <seq> <path>" taps a card)')
    .option('--user <id>', 'who is talking', 'demo')
    .option('--once <text>', 'send one message, answer nothing, print the outcome')
    .option('--session <id>', 'continue an earlier session')
    .option('--json', 'print the event feed as JSON lines')
    .option('--verbose', 'show tool calls and task states')
    .action((options: ChatOptions) =>
      runCommand(async () => {
        const running = runningHub(loadConfig());
        if (running) return chat(remoteChat(running), options);
        return withHub(async (hub) => {
          if (hub.config.seedEcosystem) {
            const bar = progress('sample mini-programs', { quiet: !!options.json });
            await seedEcosystem(hub, { onProgress: bar.step });
            bar.done();
          }
          return chat(localChat(hub), options);
        });
      }),
    );
}

interface ChatOptions {
  user: string;
  once?: string;
  session?: string;
  json?: boolean;
  verbose?: boolean;
}

/** The conversation itself, on whichever hub the link reaches. */
async function chat(link: ChatLink, options: ChatOptions): Promise<number> {
  const { sessionId, user } = await link.open(options.user, options.session);
  // The hub answers in the language the user writes in; the terminal's own words follow it too.
  let lang: 'zh' | 'en' = user.lang === 'en' ? 'en' : 'zh';
  const print = (result: TurnResult) => {
    for (const event of result.events) {
      if (options.json) io().stdout.write(`${JSON.stringify(event)}\n`);
      else {
        const line = renderEvent(event, { verbose: !!options.verbose, lang });
        if (line) io().stdout.write(`${line}\n`);
      }
    }
  };
  if (options.once) {
    lang = messageLanguage(options.once) ?? lang;
    const result = await link.send(sessionId, { type: 'message', text: options.once });
    print(result);
    if (!options.json) io().stdout.write(`(session ${sessionId}: ${result.taskState ?? 'idle'})\n`);
    return 0;
  }
  const rl = createInterface({ input: io().stdin as NodeJS.ReadableStream, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  // Lines are buffered, so input piped in ahead of the prompts is not lost; EOF ends the chat.
  const ask = async (prompt: string): Promise<string | undefined> => {
    io().stdout.write(prompt);
    const next = await lines.next();
    return next.done ? undefined : String(next.value).trim();
  };
  io().stdout.write(lang === 'en' ? `Hi ${user.name}. Say what you need (empty line to quit).\n` : `你好，${user.name}。想办什么事？（空行退出）\n`);
  io().stdout.write(`(session ${sessionId})\n`);
  let tokens: Record<string, string> = {};
  let last: TurnResult | undefined;
  if (options.session) {
    // A session from before a restart: finish a cut-off turn, get fresh confirmation tokens.
    last = await link.resume(sessionId);
    tokens = { ...last.tokens };
    print(last);
  }
  for (;;) {
    const pending = last?.events.filter((e) => e.type === 'confirmation-request' || e.type === 'consent-request') ?? [];
    const waiting = last?.waitingFor ?? [];
    let input: UserInput | undefined;
    const confirmation = [...pending].reverse().find((e) => e.type === 'confirmation-request');
    const consent = [...pending].reverse().find((e) => e.type === 'consent-request');
    if (waiting.includes('confirmation') && confirmation?.type === 'confirmation-request' && tokens[confirmation.confirmation.confirmationId]) {
      const answer = (await ask(lang === 'en' ? 'Pay / confirm? [y/N] ' : '确认？[y/N] '))?.toLowerCase();
      if (answer === undefined) break;
      const id = confirmation.confirmation.confirmationId;
      input = { type: 'confirm', confirmationId: id, token: tokens[id] ?? '', accept: answer === 'y' || answer === 'yes' };
    } else if (waiting.includes('consent') && consent?.type === 'consent-request') {
      const answer = (await ask(lang === 'en' ? 'Allow? [y/N] ' : '允许？[y/N] '))?.toLowerCase();
      if (answer === undefined) break;
      input = { type: 'consent', appId: consent.appId, scope: consent.scope, grant: answer === 'y' || answer === 'yes' };
    } else {
      const text = await ask('> ');
      if (!text) break;
      lang = messageLanguage(text) ?? lang;
      // `tap <seq> <path>`: the user's tap on a card shown above (its own handler runs).
      const tap = /^tap\s+(\d+)\s+([\d.]+)$/i.exec(text);
      if (tap) {
        try {
          last = await link.tapCard(sessionId, Number(tap[1]), String(tap[2]));
        } catch (error) {
          io().stdout.write(`⚠ ${error instanceof Error ? error.message : String(error)}\n`);
          continue;
        }
        tokens = { ...tokens, ...last.tokens };
        print(last);
        continue;
      }
      input = { type: 'message', text };
    }
    last = await link.send(sessionId, input);
    tokens = { ...tokens, ...last.tokens };
    print(last);
  }
  rl.close();
  return 0;
}
