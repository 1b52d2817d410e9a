import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { usualAsSaid } from './usual-changed.ts';

const tool = {
  inputSchema: {
    type: 'object',
    properties: {
      shopId: { type: 'string' },
      lines: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            dishId: { type: 'string' },
            spice: { type: 'string', enum: ['mild', 'hot'], description: '辣度（spice）：mild=微辣/mild, hot=特辣/extra hot' },
            portion: { type: 'string', enum: ['small', 'large'], description: '份量：small=小份/small, large=大份/large' },
          },
        },
      },
    },
  },
} as unknown as Tool;

describe('the usual with what is said now', () => {
  const usual = { shopId: 'k1', dishId: 'n7', spice: 'mild', portion: 'small' };

  it('takes the option the words name in place of the remembered one', () => {
    expect(usualAsSaid(usual, tool, '老规矩来一份，今天要特辣')).toEqual({ ...usual, spice: 'hot' });
    expect(usualAsSaid(usual, tool, 'the usual, but make it large')).toEqual({ ...usual, portion: 'large' });
  });

  it('keeps the usual where nothing of it is said', () => {
    expect(usualAsSaid(usual, tool, '老规矩来一份')).toEqual(usual);
  });
});
