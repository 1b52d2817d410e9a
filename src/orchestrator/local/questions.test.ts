import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../package/index.ts';
import { questionFor } from './questions.ts';

const schemas: Record<string, JsonSchema> = {
  qty: { type: 'integer', description: '船票张数（人数），1～6' },
  tickets: { type: 'integer', description: 'Number of tickets' },
  note: { type: 'string', description: '备注' },
};
const ask = (param: string, lang: 'zh' | 'en') => questionFor({ kind: 'value', params: [param] } as never, (p) => schemas[p] ?? {}, lang);

describe('the question for a count', () => {
  it('asks "How many…?" in English, never the parameter\'s name', () => {
    expect(ask('qty', 'en')).toBe('How many?');
    expect(ask('tickets', 'en')).toBe('How many tickets?');
  });

  it('names the count in Chinese by its description', () => {
    expect(ask('qty', 'zh')).toBe('请告诉我：船票张数。');
  });

  it('leaves other values to the plain question', () => {
    expect(ask('note', 'zh')).toBe('请告诉我：备注。');
  });
});
