import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { linearRegExp } from './linear-regexp.ts';

describe('patterns on the linear-time engine', () => {
  it('keeps each pattern its own when ajv compiles many schemas in one instance', () => {
    const ajv = new Ajv({ strict: false, code: { regExp: linearRegExp } });
    const tracking = ajv.compile({ type: 'string', pattern: '^[A-Za-z]{2,4}[0-9]{8,14}$' });
    const phone = ajv.compile({ type: 'string', pattern: '^1\\d{10}$' });
    expect(tracking('SF1234567890')).toBe(true);
    expect(phone('13600136000')).toBe(true);
    expect(phone('SF1234567890')).toBe(false);
    expect(tracking('13600136000')).toBe(false);
  });

  it('answers at once on a pattern that backtracks for minutes on the host\'s engine', () => {
    expect(linearRegExp('^(a+)+$', 'u').test(`${'a'.repeat(40)}!`)).toBe(false);
  });
});
