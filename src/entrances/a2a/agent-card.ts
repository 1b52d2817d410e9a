import type { AgentCard, AgentSkill, AgentInterface } from '@a2a-js/sdk';
import { duplicateInterfacesForLegacy } from '@a2a-js/sdk/compat/v0_3';
import type { LiveTools } from '../../catalog/index.ts';
import { HUB_VERSION } from '../../core/index.ts';

/** The one security scheme: a client key from `agentos clients add`, as a bearer token. */
export const SECURITY_SCHEME = 'agentosClientKey';
const MODES = ['text/plain', 'application/json'];

/** Where the A2A endpoints live under the hub's address. */
export const A2A_PATHS = { jsonRpc: '/a2a/jsonrpc', rest: '/a2a/rest' } as const;

function interfaces(baseUrl: string): AgentInterface[] {
  return duplicateInterfacesForLegacy([
    { url: `${baseUrl}${A2A_PATHS.jsonRpc}`, protocolBinding: 'JSONRPC', tenant: '', protocolVersion: '1.0' },
    { url: `${baseUrl}${A2A_PATHS.rest}`, protocolBinding: 'HTTP+JSON', tenant: '', protocolVersion: '1.0' },
  ], ['JSONRPC']);
}

/**
 * The hub's Agent Card: its endpoints (JSON-RPC and HTTP+JSON for A2A 1.0, JSON-RPC for 0.3
 * peers), the bearer scheme every call needs, and one skill per skill of each live
 * mini-program (`liveSkills`, read from the catalog on each request, so an approval shows at once).
 */
export function agentCard(baseUrl: string, skills: AgentSkill[] = []): AgentCard {
  return {
    name: 'AgentOS',
    description: 'One sentence in, a finished task out: finds the mini-program, calls it, and asks the user before anything is paid. 一句话办成事：找到小程序、调用它，付款前请用户确认。',
    supportedInterfaces: interfaces(baseUrl),
    provider: undefined,
    version: HUB_VERSION,
    capabilities: { streaming: true, pushNotifications: false, extensions: [], extendedAgentCard: false },
    securitySchemes: {
      [SECURITY_SCHEME]: {
        scheme: { $case: 'httpAuthSecurityScheme', value: { scheme: 'Bearer', bearerFormat: 'aos_c_…', description: 'a client key from `agentos clients add <name>`; name the end user with the X-AgentOS-User header' } },
      },
    },
    securityRequirements: [{ schemes: { [SECURITY_SCHEME]: { list: [] } } }],
    defaultInputModes: MODES,
    defaultOutputModes: MODES,
    skills,
    signatures: [],
  };
}

/** One skill per skill of each live mini-program. */
export async function liveSkills(tools: LiveTools): Promise<AgentSkill[]> {
  await tools.refresh();
  return tools.apps().flatMap(({ appId, appName, appNameEn }) =>
    (tools.app(appId)?.pkg.skills ?? []).map((skill): AgentSkill => ({
      id: `${appId}/${skill.name || skill.path}`,
      name: `${appName}${appNameEn ? ` (${appNameEn})` : ''} · ${skill.name || skill.path}`,
      description: skill.description || appName,
      tags: [appId, ...skill.apis.map((api) => api.name)],
      examples: [],
      inputModes: MODES,
      outputModes: MODES,
      securityRequirements: [],
    })));
}
