import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { madeNumber } from './made-number.ts';

const tool = (api: string): Tool => ({ id: `post.${api}`, appId: 'post', appName: '邮差', version: 'v1', skill: 's', api, description: api === 'cancelLetter' ? '取消寄信 cancel a letter' : '寄信', inputSchema: { type: 'object' }, siblings: [] });
const code = { type: 'string', pattern: '^PX[0-9]{6}$' } as const;
const result = (toolId: string, content: string): Transcript => ({ role: 'tool-result', callId: 'c', toolId, isError: false, content });

describe('the number of what was just made', () => {
  const transcript = [result('post.sendLetter', '已寄出，单号 PX123456，今天揽收'), result('shop.order', '订单 PX999999')];

  it('is read from the latest result of the same mini-program, for an undo', () => {
    expect(madeNumber(tool('cancelLetter'), code, transcript)).toBe('PX123456');
  });

  it('is nothing for an API that makes, where two numbers fit, or none', () => {
    expect(madeNumber(tool('sendLetter'), code, transcript)).toBeUndefined();
    expect(madeNumber(tool('cancelLetter'), code, [result('post.list', 'PX111111、PX222222')])).toBeUndefined();
    expect(madeNumber(tool('cancelLetter'), code, [])).toBeUndefined();
  });
});
