import { AgentOsError, type HubConfig } from '../../core/index.ts';
import { readOperatorFile } from '../../hub/index.ts';
import { describeHolder, folderBusy, folderHolder, type FolderHolder } from '../../store/index.ts';
import { io } from './command-io.ts';

/** The hub that holds the data folder, and how to reach its operator routes. */
export interface RunningHub {
  holder: FolderHolder;
  url: string;
  token: string;
}

/**
 * The running hub a store command must go through, when one holds the data folder; undefined
 * when the command may open the store itself (nobody holds it, or the store is PostgreSQL,
 * which many processes share). Refuses, naming the holder, when the holder cannot take it.
 */
export function runningHub(config: Pick<HubConfig, 'dataDir' | 'databaseUrl'>): RunningHub | undefined {
  if (config.databaseUrl) return undefined;
  const holder = folderHolder(config.dataDir);
  if (!holder) return undefined;
  if (holder.command !== 'start') throw folderBusy(config.dataDir, holder, 'one command at a time');
  const file = readOperatorFile(config.dataDir);
  if (!holder.url || !file || file.pid !== holder.pid) {
    throw folderBusy(config.dataDir, holder, 'its operator credential (operator.json) is not there yet or not readable by you — run this as the user who started it, once it listens');
  }
  return { holder, url: holder.url, token: file.token };
}

/** A JSON request to the running hub's operator routes; an error answer is rethrown as itself. */
export async function callHub<T>(hub: RunningHub, path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${hub.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new AgentOsError('UNAVAILABLE', `运行中的中枢没有应答 / the running hub ${describeHolder(hub.holder)} did not answer (${(error as Error).cause ? String((error as Error & { cause: unknown }).cause) : (error as Error).message}): check that it still runs`);
  }
  const payload = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string; details?: Record<string, unknown> } };
  if (!response.ok) {
    const e = payload.error;
    throw new AgentOsError((e?.code ?? 'INTERNAL') as never, e?.message ?? `the hub answered ${response.status}`, e?.details ?? {});
  }
  return payload as T;
}

/** Runs a command inside the running hub and shows its output here; resolves to its exit code. */
export async function forwardCommand(hub: RunningHub, argv: string[]): Promise<number> {
  const stdin = argv[0] === 'users' && argv[1] === 'password' ? await readAll() : undefined;
  const result = await callHub<{ stdout: string; stderr: string; exitCode: number }>(hub, '/api/admin/commands', {
    argv, cwd: io().cwd, ...(stdin !== undefined ? { stdin } : {}),
  });
  io().stdout.write(result.stdout);
  io().stderr.write(result.stderr);
  return result.exitCode;
}

/** The first line of input (a password piped in), as the command itself would read it. */
async function readAll(): Promise<string> {
  let text = '';
  for await (const chunk of io().stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text;
}
