import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { fillArgs } from './fill-args.ts';
import { newGoal } from './goals.ts';
import { perPerson, saysEach } from './per-person.ts';

/** A concert skill of this test's own: seats counted per person, drinks added as lines. */
const tool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false): Tool => ({
  id: `gig.${api}`, appId: 'gig', appName: '演出', version: 'v1', skill: 'skills/s', api, description: '', inputSchema,
  ...(readOnly ? { annotations: { readOnlyHint: true } } : {}), siblings: ['listDrinks', 'book'],
});
const listDrinks = tool('listDrinks', { type: 'object', properties: {} }, true);
const book = tool('book', {
  type: 'object', required: ['seats'],
  properties: {
    seats: { type: 'integer', description: '张数（人数）' },
    drinks: { type: 'array', items: { type: 'object', required: ['drinkId'], properties: {
      drinkId: { type: 'string', description: '饮品ID，来自 listDrinks' },
      qty: { type: 'integer', description: '份数，默认 1' },
    } } },
  },
});
const drinks: Transcript = { role: 'tool-result', callId: 'r', toolId: 'gig.listDrinks', isError: false, content: '', structuredContent: { drinks: [{ drinkId: 'd1', name: '柠檬茶', nameEn: 'Lemon Tea' }, { drinkId: 'd2', name: '热可可', nameEn: 'Hot Cocoa' }] } };

function booked(text: string): Record<string, unknown> {
  const goal = newGoal('', book);
  const siblings = [listDrinks, book];
  fillArgs(goal, { texts: [text], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: book, transcript: [drinks], siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
  return goal.args;
}

describe('a thing said once per person', () => {
  it('is read from "each" and 每人, not from 各', () => {
    expect(saysEach('plus a lemon tea each')).toBe(true);
    expect(saysEach('再来每人一杯柠檬茶')).toBe(true);
    expect(saysEach('柠檬茶和热可可各一杯')).toBe(false);
    expect(perPerson('a lemon tea each', 1, 3)).toBe(3);
    expect(perPerson('a lemon tea', 1, 3)).toBeUndefined();
  });

  it('counts the people of the act, times what the clause counts', () => {
    expect(booked('three seats, plus a lemon tea each')).toMatchObject({ seats: 3, drinks: [{ drinkId: 'd1', qty: 3 }] });
    expect(booked('四张票，每人一杯热可可')).toMatchObject({ seats: 4, drinks: [{ drinkId: 'd2', qty: 4 }] });
    expect(booked('两张票，加一杯热可可')).toMatchObject({ seats: 2, drinks: [{ drinkId: 'd2', qty: 1 }] });
  });
});
