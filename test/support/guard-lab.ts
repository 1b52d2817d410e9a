import { fileURLToPath } from 'node:url';
import type { Hub } from '../../src/hub/index.ts';
import { hubFrom } from './hub-fixture.ts';
import { ScriptedPlanner } from './scripted-planner.ts';

export const GUARD_LAB = fileURLToPath(new URL('../fixtures/packages/guard-lab', import.meta.url));

/** A hub whose planner lists guard-lab's items, then reserves the red cup (it-2, ¥15): an order behind a card. */
export const reservingHub = (template: Hub): Promise<Hub> => hubFrom(template, {
  planner: new ScriptedPlanner([
    () => ({ type: 'call', toolId: 'guard-lab.listItems', arguments: {} }),
    () => ({ type: 'call', toolId: 'guard-lab.reserveItem', arguments: { itemId: 'it-2' } }),
  ]),
});
