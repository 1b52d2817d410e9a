import { describe, expect, it } from 'vitest';
import type { PlannerInput, Transcript } from '../planner.ts';
import { entitiesIn } from './entities.ts';
import { LocalPlanner } from './local-planner.ts';
import { refusedThings } from './refused-things.ts';
import { testCatalog } from './test-catalog.ts';

describe('the things an act was refused for', () => {
  const listed = entitiesIn({
    studios: [{ studioId: 'S1', name: '港湾陶艺', sessions: [{ sessionId: 'k1', date: '2027-03-14', time: '09:00' }, { sessionId: 'k2', date: '2027-03-14', time: '14:00' }] }],
    addresses: [{ addressId: 'home', name: '家' }],
  });

  it('are the sessions it took, of several the one that belongs to another (the session, not its studio)', () => {
    expect(refusedThings({ sessionId: 'k1' }, ['sessionId'], listed)).toEqual(['k1']);
    expect(refusedThings({ studioId: 'S1', sessionId: 'k1' }, ['studioId', 'sessionId'], listed)).toEqual(['k1']);
  });

  it('are never an address or a place, which is no session to be full', () => {
    expect(refusedThings({ addressId: 'home', date: '2027-03-14', time: '10:00' }, ['addressId'], listed)).toEqual([]);
    expect(refusedThings({ studioId: 'S1' }, ['studioId'], listed)).toEqual([]);
  });
});

/** A pottery studio: its classes by day and kind; the Sunday 9am wheel class is full. */
const classes = [
  { classId: 'w-sun-0900', kind: 'wheel', date: '2027-03-14', time: '09:00', name: '拉坯 Wheel' },
  { classId: 'g-sun-1400', kind: 'glazing', date: '2027-03-14', time: '14:00', name: '上釉 Glazing' },
  { classId: 'g-sat-1400', kind: 'glazing', date: '2027-03-13', time: '14:00', name: '上釉 Glazing' },
];
const catalog = testCatalog([
  { appId: 'studio', appName: 'Harbour Pottery', api: 'listClasses', readOnly: true, description: 'List the pottery classes by day and kind, with places left.',
    inputSchema: { type: 'object', properties: { date: { type: 'string', format: 'date', description: 'YYYY-MM-DD' }, kind: { type: 'string', enum: ['wheel', 'glazing'], description: 'wheel=拉坯 wheel throwing, glazing=上釉 glazing' } } } },
  { appId: 'studio', appName: 'Harbour Pottery', api: 'bookClass', description: 'Book a place in one pottery class.',
    inputSchema: { type: 'object', properties: { classId: { type: 'string', description: 'classes[].classId from listClasses' } }, required: ['classId'] } },
]);
const studio = (toolId: string, args: Record<string, unknown>): { isError: boolean; content: string; structuredContent?: Record<string, unknown> } => {
  if (toolId === 'studio.listClasses') {
    const found = classes.filter((c) => (!args.date || c.date === args.date) && (!args.kind || c.kind === args.kind));
    return { isError: false, content: `${found.length} classes: ${found.map((c) => `${c.classId} ${c.date} ${c.time} ${c.kind}`).join('; ')}`, structuredContent: { classes: found } };
  }
  return args.classId === 'w-sun-0900' ? { isError: true, content: 'The class is full.' } : { isError: false, content: `Booked ${String(args.classId)}.`, structuredContent: { bookingId: 'b1' } };
};

/** Plays a request against the studio, answering each call as it would; what was booked, and how often the classes were listed. */
async function play(said: string, on = { catalog, answer: studio, act: 'studio.bookClass', list: 'studio.listClasses' }): Promise<{ booked: unknown[]; listed: number }> {
  const planner = new LocalPlanner();
  const transcript: Transcript[] = [{ role: 'user', text: said }];
  const input = (memo?: unknown): PlannerInput => ({ transcript, user: { id: 'u', name: 'U', lang: 'en', city: undefined, preferences: {} }, catalog: on.catalog, clock: { now: () => new Date('2027-03-10T02:00:00Z'), timeZone: 'Asia/Shanghai' }, memo, knownIds: [] });
  const booked: unknown[] = [];
  let memo: unknown;
  for (let i = 0; i < 12; i++) {
    const step = await planner.next(input(memo));
    memo = step.memo;
    if (step.type !== 'call') break;
    if (step.toolId === on.act) booked.push(Object.entries(step.arguments).sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => String(v)).join(' ')); // (by key: cabin qty sailingId)
    transcript.push({ role: 'tool-call', callId: `c${i}`, toolId: step.toolId, arguments: step.arguments }, { role: 'tool-result', callId: `c${i}`, toolId: step.toolId, ...on.answer(step.toolId, step.arguments) });
  }
  return { booked, listed: transcript.filter((t) => t.role === 'tool-call' && t.toolId === on.list).length };
}

describe('what instead of a thing refused', () => {
  it('is never that thing again: the list is read anew for what instead names', async () => {
    expect((await play('Is the 9am wheel class on Sunday full? If it is, put me in the Sunday glazing class instead.')).booked).toEqual(['w-sun-0900', 'g-sun-1400']);
  });

  it('is nothing where the list read anew holds only that thing: read once more, never in a loop, nothing else booked', async () => {
    const { booked, listed } = await play('Is the 9am wheel class on Sunday full? If it is, book me into another wheel class that day.');
    expect(booked).toEqual(['w-sun-0900']);
    expect(listed).toBe(2);
  });
});

/** A ferry whose view cabin on the Saturday sailing is sold out. */
const ferry = testCatalog([
  { appId: 'ferry', appName: '海湾轮渡', api: 'listSailings', readOnly: true, description: '查询某天的轮渡班次：开船时间、观景舱和普通舱余票。', inputSchema: { type: 'object', properties: { date: { type: 'string', format: 'date' } } } },
  { appId: 'ferry', appName: '海湾轮渡', api: 'buyTicket', description: '购买船票。',
    inputSchema: { type: 'object', properties: { sailingId: { type: 'string', description: '班次ID，来自 listSailings 的 sailings[].sailingId' }, cabin: { type: 'string', enum: ['view', 'basic'], description: 'view=观景舱, basic=普通舱' }, qty: { type: 'integer' } }, required: ['sailingId', 'cabin', 'qty'] } },
]);
const sailings = (toolId: string, args: Record<string, unknown>): { isError: boolean; content: string; structuredContent?: Record<string, unknown> } => {
  if (toolId === 'ferry.listSailings') return { isError: false, content: '周六 1 班：S1 09:30 东港→青屿。', structuredContent: { sailings: [{ sailingId: 'S1', date: '2027-03-13', time: '09:30', name: '东港→青屿 09:30' }] } };
  return args.cabin === 'view' ? { isError: true, content: '观景舱已售罄。' } : { isError: false, content: '已下单。', structuredContent: { orderId: 'o1' } };
};

describe('what instead of an option refused', () => {
  it('is the same thing with the other option (「观景舱要是没了普通舱也行」)', async () => {
    const { booked } = await play('周六上午那班船，两张观景舱，观景舱要是没了普通舱也行', { catalog: ferry, answer: sailings, act: 'ferry.buyTicket', list: 'ferry.listSailings' });
    expect(booked).toEqual(['view 2 S1', 'basic 2 S1']);
  });
});
