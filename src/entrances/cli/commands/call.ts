import type { Command } from 'commander';
import { withHub } from '../with-hub.ts';
import { parseJsonArgument, printJson, runCommand } from '../run-command.ts';

/** `agentos call <app> <api> '<json-args>' [--user ID]`: a developer's test call through the sandbox. */
export function registerCall(program: Command): void {
  program
    .command('call <app> <api> [args]')
    .description("call one API of an approved mini-program, e.g. agentos call coffee listStores '{\"city\":\"北京\"}'")
    .option('--user <id>', 'the user to call for', 'demo')
    .option('--verbose', "show the mini-program's own console lines")
    .option('--grant <scopes>', 'comma-separated consent scopes granted for this call (scope.address,…)', '')
    .action((app: string, api: string, args: string | undefined, options: { user: string; grant: string }) =>
      runCommand(() =>
        withHub(async (hub) => {
          const grants = Object.fromEntries(options.grant.split(',').filter(Boolean).map((s) => [s.trim(), 'granted' as const]));
          const outcome = await hub.runtime.call({ appId: app, api, arguments: parseJsonArgument(args ?? '{}', 'the arguments'), userId: options.user, grants });
          printJson(outcome.kind === 'result' ? outcome.envelope : outcome);
          return outcome.kind === 'result' && !outcome.envelope.isError ? 0 : 1;
        }),
      ),
    );
}
