import { AgentOsError } from '../core/index.ts';
import { parseAllowedOrigin } from '../runtime/index.ts';
import type { Hub } from './open-hub.ts';

/** The origins a mini-program's `wx.request` may reach (the operator's 合法域名 list). */
export async function appDomains(hub: Hub, appId: string): Promise<string[]> {
  if ((await hub.catalog.list(appId)).length === 0) throw new AgentOsError('NOT_FOUND', `no mini-program ${appId} is installed (没有安装该小程序)`);
  return hub.catalog.allowedDomains(appId);
}

/** Adds or removes one origin (`https://host[:port]`); the runtime sees the change at once. */
export async function changeAppDomains(hub: Hub, appId: string, action: 'add' | 'remove', text: string): Promise<string[]> {
  const parsed = parseAllowedOrigin(text);
  if (!parsed.ok) throw new AgentOsError('BAD_REQUEST', parsed.error, { where: 'origin', fix: 'give https://host or https://host:port' });
  const current = await appDomains(hub, appId);
  const next = action === 'add' ? [...new Set([...current, parsed.origin])] : current.filter((d) => d !== parsed.origin);
  await hub.catalog.setAllowedDomains(appId, next);
  hub.runtime.invalidate(appId);
  return next;
}
