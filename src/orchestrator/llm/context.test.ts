import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { fixedClock } from '../../core/index.ts';
import type { PlannerInput } from '../planner.ts';
import { buildContext, functionName } from './context.ts';

const tool: Tool = {
  id: 'spa.book', appId: 'spa', appName: '爪爪', version: 'v1', skill: 'skills/g', api: 'book', description: '预约洗澡',
  inputSchema: { type: 'object', properties: { shopId: { type: 'string' } } }, siblings: ['book'],
};

function input(transcript: PlannerInput['transcript'], skillDoc = '## 流程\n先查门店。'): PlannerInput {
  return {
    transcript, memo: undefined, knownIds: [], clock: fixedClock('2026-11-20T10:00:00+08:00'),
    user: { id: 'demo', name: '张伟', lang: 'zh', city: '北京', preferences: {} },
    catalog: { search: () => [tool], tool: () => tool, toolsOf: () => [tool], skillDoc: () => skillDoc, appInstruction: () => undefined, apps: () => [] },
  };
}

describe('the LLM context', () => {
  it('carries results as tool messages (never _meta), schemas as tools, SKILL.md lowest in the system prompt', () => {
    const { messages, tools } = buildContext(input([
      { role: 'user', text: '约洗澡' },
      { role: 'tool-call', callId: 'c1', toolId: 'spa.book', arguments: { shopId: 'ps1' } },
      { role: 'tool-result', callId: 'c1', toolId: 'spa.book', isError: false, content: '已生成订单。请展示确认卡片。', structuredContent: { orderId: 'o1' } },
    ]), [tool], 10_000);
    expect(tools[0]).toMatchObject({ type: 'function', function: { name: functionName(tool) } });
    expect(messages[0]?.role).toBe('system');
    expect(String(messages[0]?.content)).toContain('先查门店');
    expect(messages.at(-1)).toEqual({ role: 'tool', tool_call_id: 'c1', content: '已生成订单。请展示确认卡片。\n{"orderId":"o1"}' });
  });

  it('leaves out, visibly, what does not fit: SKILL.md first, then the oldest results', () => {
    const long = '很长的结果。'.repeat(400);
    const { messages, truncated } = buildContext(input([
      { role: 'user', text: '约洗澡' },
      { role: 'tool-call', callId: 'c1', toolId: 'spa.book', arguments: {} },
      { role: 'tool-result', callId: 'c1', toolId: 'spa.book', isError: false, content: long },
      { role: 'tool-call', callId: 'c2', toolId: 'spa.book', arguments: {} },
      { role: 'tool-result', callId: 'c2', toolId: 'spa.book', isError: false, content: '最新的结果' },
    ], '文档'.repeat(2_000)), [tool], 800);
    expect(truncated.length).toBeGreaterThanOrEqual(2);
    expect(String(messages[0]?.content)).toContain('[omitted: over the context budget');
    expect(JSON.stringify(messages)).toContain('[omitted to fit the context budget');
    expect(messages.at(-1)?.content).toBe('最新的结果');
  });
});
