import { AgentOsError } from '../core/index.ts';
import type { VersionRecord } from '../catalog/index.ts';
import type { Hub } from './open-hub.ts';

/** `app` or `app@version`. */
export function parseRef(ref: string): { appId: string; version?: string } {
  const [appId = '', version] = ref.split('@');
  if (!appId) throw new AgentOsError('BAD_REQUEST', `"${ref}" names no mini-program`, { fix: 'write <id> or <id>@<version>' });
  return version ? { appId, version } : { appId };
}

/**
 * A human decision on a reviewed version. Approval needs a passed automatic review;
 * every decision is recorded and audited.
 */
export async function decide(hub: Pick<Hub, 'catalog' | 'trust'>, ref: string, decision: 'approve' | 'reject', reason: string, actor: string): Promise<VersionRecord> {
  const { appId, version } = parseRef(ref);
  if (decision === 'approve') {
    const target = version ? await hub.catalog.version(appId, version) : (await hub.catalog.list(appId)).find((v) => v.status === 'pending');
    if (!target) throw new AgentOsError('NOT_FOUND', `${appId} has no version waiting for review`, { fix: 'install it first: agentos install <dir>' });
    const report = target.review as { passed?: boolean } | null;
    if (!report?.passed) {
      throw new AgentOsError('CONFLICT', `${appId}@${target.version} did not pass the automatic review, so it cannot be approved`, {
        fix: `see why with: agentos review show ${appId}@${target.version}; fix the package and install again`,
      });
    }
  }
  const record = await hub.catalog.decide(appId, version, decision, reason, actor);
  await hub.trust.audit.append({ kind: `review-${decision}`, actor, appId, data: { version: record.version, reason } });
  return record;
}
