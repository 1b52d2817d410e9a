import type { Tool } from '../../catalog/index.ts';

/** An API that changes something made before (reschedule, update, modify), by its name. */
export function isChangeLike(tool: Tool): boolean {
  return /reschedul|update|modify|change|edit|amend|move/i.test(tool.api);
}

/** An API that undoes (cancel, refund, delete), by its name or the way its description opens. */
export function isUndoLike(tool: Tool): boolean {
  return /cancel|refund|revoke|delete|remove|unbook|undo|void/i.test(tool.api) || /^(取消|退订|退款|撤销|删除|cancel|refund)/i.test(tool.description.trim());
}

/** Whether a tool takes a date or a time among its parameters. */
export function takesWhen(tool: Tool): boolean {
  return whenParams(tool).length > 0;
}

/** The parameters of a tool that take a date or a time. */
export function whenParams(tool: Tool): string[] {
  return Object.entries(tool.inputSchema.properties ?? {})
    .filter(([name, p]) => /date|time|day|when|日期|时间/i.test(name) || p.format === 'date' || p.format === 'time' || /YYYY-MM-DD|HH:MM/i.test(p.description ?? ''))
    .map(([name]) => name);
}

/** API names that only read (get…, list…, search…): by the common naming convention, not any mini-program's. */
const READ_NAME = /^(get|list|search|query|view|find|track|check|show|fetch|lookup)[A-Z_]/;

export function readsOnly(tool: Tool): boolean {
  return tool.annotations?.readOnlyHint === true || READ_NAME.test(tool.api);
}

/** APIs the hub calls after a payment (`{ orderId, status }`) are not where a request starts. */
export function isNotifyLike(tool: Tool): boolean {
  const props = Object.keys(tool.inputSchema.properties ?? {});
  return props.includes('status') && props.includes('orderId') && props.length === 2;
}
