import { describe, expect, it } from 'vitest';
import { plainCopy } from './plain-copy.ts';

describe('plainCopy', () => {
  const task = {
    id: 't1', contextId: 'c1', metadata: undefined, count: 3, done: false, none: null,
    status: { state: 3, message: { messageId: 'm1', parts: [{ content: { $case: 'text', value: '北京有 2 家门店' }, metadata: undefined }] } },
    history: [{ messageId: 'm0', parts: [], extensions: [] }],
    raw: new Uint8Array([1, 2, 3]),
    at: new Date(0),
  };

  it('copies as structuredClone does, undefined values and other types included', () => {
    const copied = plainCopy(task);
    expect(copied).toStrictEqual(structuredClone(task));
    expect(Object.keys(copied)).toEqual(Object.keys(task));
    expect('metadata' in copied).toBe(true);
    expect(copied.raw).toBeInstanceOf(Uint8Array);
    expect(copied.at).toBeInstanceOf(Date);
  });

  it('shares nothing with the original', () => {
    const copied = plainCopy(task);
    copied.status.message.parts[0]!.content.value = 'changed';
    copied.history.push({ messageId: 'm9', parts: [], extensions: [] });
    copied.raw[0] = 9;
    expect(task.status.message.parts[0]!.content.value).toBe('北京有 2 家门店');
    expect(task.history).toHaveLength(1);
    expect(task.raw[0]).toBe(1);
    expect(copied.status).not.toBe(task.status);
  });

  it('leaves what is nested deeper than it recurses to structuredClone', () => {
    let deep: { next?: unknown } = { next: new Map([['a', 1]]) };
    for (let i = 0; i < 500; i++) deep = { next: deep };
    const copied = plainCopy(deep);
    expect(copied).toStrictEqual(deep);
    expect(copied.next).not.toBe(deep.next);
  });

  it('refuses what structuredClone refuses', () => {
    expect(() => plainCopy({ call: () => 1 })).toThrow();
    expect(() => structuredClone({ call: () => 1 })).toThrow();
  });

  it('returns primitives as they are', () => {
    expect(plainCopy('a')).toBe('a');
    expect(plainCopy(undefined)).toBe(undefined);
    expect(plainCopy(null)).toBe(null);
  });
});
