import type { Command } from 'commander';
import { io } from '../command-io.ts';
import { AgentOsError } from '../../../core/index.ts';
import { appDomains, automaticMode, changeAppDomains, setAutomaticMode } from '../../../hub/index.ts';
import { printJson, runCommand } from '../run-command.ts';
import { withHub } from '../with-hub.ts';

/**
 * `agentos apps domains <app> [add|remove <https://host[:port]>]`: the origins a mini-program's wx.request may reach;
 * `agentos apps auto <app> [on|off]`: automatic mode (its pages become tools).
 */
export function registerApps(program: Command): void {
  const apps = program.command('apps').description('operator settings of installed mini-programs');
  apps
    .command('domains <app> [action] [origin]')
    .description('list, add or remove the origins wx.request may reach (https only, exact host and port), e.g. agentos apps domains coffee add https://api.example.com:8443')
    .option('--json', 'print as JSON')
    .action((app: string, action: string | undefined, origin: string | undefined, options: { json?: boolean }) =>
      runCommand(() =>
        withHub(async (hub) => {
          let domains: string[];
          if (action === undefined || action === 'list') domains = await appDomains(hub, app);
          else if (action === 'add' || action === 'remove') {
            if (!origin) throw new AgentOsError('BAD_REQUEST', `give the origin to ${action} (请给出域名), e.g. https://api.example.com`);
            domains = await changeAppDomains(hub, app, action, origin);
          } else throw new AgentOsError('BAD_REQUEST', `unknown action "${action}": use list, add or remove (未知操作)`);
          if (options.json) return printJson({ app, domains });
          io().stdout.write(domains.length ? `${domains.join('\n')}\n` : `${app} may reach no server (没有允许的域名)\n`);
        }),
      ),
    );
  apps
    .command('auto <app> [state]')
    .description('show or switch automatic mode (on | off): the approved version\'s pages become callable tools, as its review showed them')
    .option('--json', 'print as JSON')
    .action((app: string, state: string | undefined, options: { json?: boolean }) =>
      runCommand(() =>
        withHub(async (hub) => {
          if (state !== undefined && state !== 'on' && state !== 'off') throw new AgentOsError('BAD_REQUEST', `unknown state "${state}": use on or off (请用 on 或 off)`);
          const on = state === undefined ? await automaticMode(hub, app) : await setAutomaticMode(hub, app, state === 'on');
          const tools = hub.tools.toolsOf(app).filter((t) => hub.tools.plan(t.id)).map((t) => t.api);
          if (options.json) return printJson({ app, automatic: on, tools });
          io().stdout.write(`automatic mode of ${app}: ${on ? 'on' : 'off'}${on ? ` (${tools.length ? tools.join(', ') : 'no live version yet'})` : ''}\n`);
        }),
      ),
    );
}
