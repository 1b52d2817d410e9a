import { describe, expect, it } from 'vitest';
import { withinEdits } from './within-edits.ts';

describe('two words a few letters apart', () => {
  it('counts letters added, dropped or changed, up to the bound', () => {
    expect(withinEdits('kanshu', 'kangshu', 2)).toBe(true);
    expect(withinEdits('listStore', 'listStores', 1)).toBe(true);
    expect(withinEdits('bookTicket', 'bookTickets', 0)).toBe(false);
    expect(withinEdits('kitten', 'sitting', 2)).toBe(false);
    expect(withinEdits('kitten', 'sitting', 3)).toBe(true);
    expect(withinEdits('', 'ab', 2)).toBe(true);
  });
});
