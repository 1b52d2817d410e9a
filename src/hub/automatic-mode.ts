import { AgentOsError } from '../core/index.ts';
import type { Hub } from './open-hub.ts';

/** Whether automatic mode is on for an installed mini-program. */
export async function automaticMode(hub: Pick<Hub, 'catalog'>, appId: string): Promise<boolean> {
  if ((await hub.catalog.list(appId)).length === 0) throw new AgentOsError('NOT_FOUND', `no mini-program ${appId} is installed (没有安装该小程序)`, { fix: 'see the installed ones with: agentos review list' });
  return (await hub.catalog.automaticApps()).has(appId);
}

/**
 * The operator's switch: on, the approved version's pages become tools (what its review showed
 * as derived); off, only its written skills are callable. Discovery sees the change at once.
 */
export async function setAutomaticMode(hub: Pick<Hub, 'catalog' | 'tools'>, appId: string, on: boolean): Promise<boolean> {
  await automaticMode(hub, appId);
  await hub.catalog.setAutomaticMode(appId, on);
  await hub.tools.refresh();
  return on;
}
