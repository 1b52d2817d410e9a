import { InvalidArgumentError, type Command } from 'commander';
import type { AuditAnchor, AuditRecord } from '../../../trust/index.ts';
import { runCommand } from '../run-command.ts';
import { withServices, writerOf, type OpenOperatorServices } from './pay.ts';

function line(record: AuditRecord): string {
  const who = [record.userId && `user=${record.userId}`, record.appId && `app=${record.appId}`].filter(Boolean).join(' ');
  const data = JSON.stringify(record.data);
  return `#${record.seq}  ${record.at.toISOString()}  ${record.kind}  by ${record.actor}${who ? `  ${who}` : ''}  ${data.length > 160 ? `${data.slice(0, 157)}...` : data}`;
}

function collectAnchor(value: string, anchors: AuditAnchor[]): AuditAnchor[] {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(value.trim());
  if (!match) {
    throw new InvalidArgumentError('锚点格式不对 / not an anchor: pass what `agentos audit head` printed, <seq>:<64 hex digits>');
  }
  return [...anchors, { seq: Number(match[1]), hash: match[2] as string }];
}

/** `agentos audit head|verify|show`: the hash-chained record of every key decision. */
export function registerAuditCommands(program: Command, open: OpenOperatorServices): void {
  const audit = program.command('audit').description('the hash-chained audit log / 审计日志');

  audit.command('head').description('print the chain head as <seq>:<hash>; keep it outside the store as an anchor / 导出链头作为锚点')
    .action((_options: unknown, command: Command) => runCommand(() => withServices(open, async ({ trust }) => {
      const head = await trust.audit.head();
      writerOf(command)(`${head.seq}:${head.hash}`);
    })));

  audit.command('verify').description('check the whole chain; exit 1 at the first broken record / 校验审计链')
    .option('--anchor <seq:hash>', 'a head printed earlier by `audit head` (repeatable): catches a rewrite with recomputed hashes', collectAnchor, [])
    .option('--json', 'print JSON')
    .action((options: { json?: boolean; anchor: AuditAnchor[] }, command: Command) => runCommand(() => withServices(open, async ({ trust }) => {
      const result = await trust.audit.verify({ anchors: options.anchor });
      const write = writerOf(command);
      if (options.json) write(JSON.stringify(result, null, 2));
      else if (result.ok) write(`审计链完整 / audit chain intact: ${result.count} records, head ${result.headHash.slice(0, 16)}…`);
      else write(`审计链在第 ${result.broken.seq} 条断开：${result.broken.reason.zh} / audit chain broken at record ${result.broken.seq}: ${result.broken.reason.en}`);
      return result.ok ? 0 : 1;
    })));

  audit.command('show').description("print a session's audit records, oldest first / 查看某个会话的审计记录")
    .option('--session <id>', 'one session (all sessions when absent)')
    .option('--user <id>', 'one user')
    .option('--limit <n>', 'the latest n records', '200')
    .option('--json', 'print JSON')
    .action((options: { session?: string; user?: string; limit: string; json?: boolean }, command: Command) => runCommand(() => withServices(open, async ({ trust }) => {
      const records = await trust.audit.list({
        ...(options.session ? { sessionId: options.session } : {}), ...(options.user ? { userId: options.user } : {}),
        limit: Number(options.limit) || 200,
      });
      const write = writerOf(command);
      if (options.json) return write(JSON.stringify(records, null, 2));
      if (records.length === 0) return write(`没有审计记录 / no audit records${options.session ? ` for session ${options.session}` : ''}`);
      for (const record of records) write(line(record));
    })));
}
