import type { ConfirmationRequest, SequencedEvent } from '../../orchestrator/index.ts';

const yuan = (amount: number) => `¥${amount.toFixed(2)}`;

/**
 * What a confirmation asks, in words a person reads before saying yes: the merchant, each
 * line, the total (both languages: the calling agent shows it to its own user).
 */
export function describeConfirmation(c: ConfirmationRequest): string {
  const lines = (c.lines ?? []).map((l) => `  ${l.name} ×${l.qty}  ${yuan(l.unitPrice * l.qty)}${l.options ? `  ${Object.values(l.options).join(' ')}` : ''}`);
  if (c.kind === 'payment') {
    return [`向「${c.merchantName}」支付 / Pay ${c.merchantName}: ${c.title}`, ...lines, `合计 / Total: ${yuan(c.amount ?? 0)}`, '确认支付吗？/ Confirm this payment?'].join('\n');
  }
  return [`「${c.merchantName}」要执行 / ${c.merchantName} will: ${c.description ?? c.title}`, '确认执行吗？/ Confirm?'].join('\n');
}

export function describeConsent(request: { appName: string; scope: string; description: string }): string {
  return `「${request.appName}」请求读取你的${request.description}（${request.scope}）。允许吗？/ ${request.appName} asks to read your ${request.scope}. Allow?`;
}

/** What the assistant said in a turn, and what moved money: the reply an agent passes on. */
export function replyText(events: SequencedEvent[]): string {
  const said = events.flatMap((e) => (e.type === 'message' && e.role === 'assistant' ? [e.text] : e.type === 'payment' ? [e.message] : []));
  return [...new Set(said)].join('\n');
}
