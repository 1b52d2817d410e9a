import type { HubEvent } from '../../orchestrator/index.ts';
import { cardTaps } from './card-taps.ts';

/**
 * How the terminal shows one event of the feed; undefined for events it does not show. A card
 * with its `seq` lists what can be tapped on it (`tap <seq> <path>`).
 */
export function renderEvent(event: HubEvent & { seq?: number }, { verbose = false, lang = 'zh' }: { verbose?: boolean; lang?: 'zh' | 'en' } = {}): string | undefined {
  const en = lang === 'en';
  switch (event.type) {
    case 'message':
      return event.role === 'assistant' ? `🤖 ${event.text}` : undefined;
    case 'card': {
      const taps = event.seq === undefined ? [] : cardTaps(event.card.tree).map((t) => `  │   ↳ tap ${event.seq} ${t.path}  ${t.label}`);
      return [indent(event.card.text), ...taps].join('\n');
    }
    case 'handoff': {
      const name = event.title ?? event.path;
      return en ? `📄 open ${name}` : `📄 打开「${name}」`;
    }
    case 'confirmation-request': {
      const c = event.confirmation;
      const lines = (c.lines ?? []).map((l) => `  · ${l.name} ×${l.qty}  ¥${(l.unitPrice * l.qty).toFixed(2)}${l.options ? `  ${Object.entries(l.options).map(([k, v]) => `${k}=${String(v)}`).join(' ')}` : ''}`);
      const head = c.kind === 'payment'
        ? (en ? `┌ Confirm payment to ${c.merchantName}: ${c.title}` : `┌ 请确认支付给 ${c.merchantName}：${c.title}`)
        : (en ? `┌ Confirm: ${c.description ?? c.title}` : `┌ 请确认操作：${c.description ?? c.title}`);
      const total = c.amount !== undefined ? [en ? `└ Total ¥${c.amount.toFixed(2)}` : `└ 合计 ¥${c.amount.toFixed(2)}`] : ['└'];
      return [head, ...lines, ...total].join('\n');
    }
    case 'consent-request':
      return en ? `🔐 ${event.appName} asks to read ${event.description}.` : `🔐 ${event.appName} 请求读取${event.description}。`;
    case 'payment':
      return `💳 ${event.message}`;
    case 'error':
      return verbose ? `⚠ ${event.code}: ${event.message}` : undefined;
    case 'tool-call':
      return verbose ? `  → ${event.appId}.${event.api} ${JSON.stringify(event.arguments)}` : undefined;
    case 'tool-result':
      return verbose ? `  ← ${event.isError ? '✗' : '✓'} ${event.content}` : undefined;
    case 'task-state':
      return verbose ? `  [task ${event.state}]` : undefined;
    default:
      return undefined;
  }
}

function indent(text: string): string {
  return text.split('\n').map((l) => `  │ ${l}`).join('\n');
}
