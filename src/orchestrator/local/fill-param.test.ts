import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { fillParam } from './fill-param.ts';
import { newGoal } from './goals.ts';

const tool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false): Tool => ({
  id: `ferry.${api}`, appId: 'ferry', appName: '渡轮', version: 'v1', skill: 'skills/s', api, description: '', inputSchema,
  ...(readOnly ? { annotations: { readOnlyHint: true } } : {}), siblings: ['findSailings', 'book'],
});
const find = tool('findSailings', { type: 'object', properties: { date: { type: 'string', description: '日期 YYYY-MM-DD' }, portId: { type: 'string', description: '码头 ID' } } }, true);
const book = tool('book', { type: 'object', required: ['sailingId'], properties: { sailingId: { type: 'string', description: '班次 ID，来自 findSailings 返回的 sailings[].sailingId' } } });
const siblings = [find, book];
const now = new Date('2026-03-04T10:00:00+08:00'); // a Wednesday
/** What was found for Thursday: the one sailing, listed with its port's ID before its own. */
const thursday: Transcript[] = [
  { role: 'tool-result', callId: 'p', toolId: 'ferry.listPorts', isError: false, content: '', structuredContent: { ports: [{ portId: 'p1', name: '东港' }, { portId: 'p2', name: '西港' }] } },
  { role: 'tool-call', callId: 'c', toolId: 'ferry.findSailings', arguments: { date: '2026-03-05', portId: 'p1' } },
  { role: 'tool-result', callId: 'c', toolId: 'ferry.findSailings', isError: false, content: '', structuredContent: { sailings: [{ portId: 'p1', sailingId: 's-0305-0900', date: '2026-03-05', departs: '09:00' }] } },
];

function need(texts: string[], transcript = thursday) {
  const goal = newGoal(texts.at(-1) ?? '', book);
  const found = fillParam(goal, { texts, now, timeZone: 'Asia/Shanghai', userCity: undefined, tool: book, transcript, siblings, sibling: (api: string) => siblings.find((t) => t.api === api) }, { path: 'sailingId', name: 'sailingId', required: true, schema: book.inputSchema.properties!.sailingId! }, texts);
  return { found, chosen: goal.args.sailingId };
}

describe('an ID chosen from a list found before', () => {
  it('is taken from that list when it holds the day the words say', () => {
    expect(need(['明天早上九点那班'])).toEqual({ found: undefined, chosen: 's-0305-0900' });
  });

  it('is looked for again when the latest answer says a day the list does not hold', () => {
    expect(need(['那就挪到周六那班吧', '明天早上九点那班']).found).toEqual({ type: 'source', param: 'sailingId', sourceToolId: 'ferry.findSailings' });
    expect(need(['make it Saturday, same sailing', 'the 9 am boat tomorrow']).found).toMatchObject({ type: 'source' });
  });

  it('is looked for again when the latest answer names the owner of other things the list is filtered by', () => {
    expect(need(['西港的也可以', '明天早上九点东港那班']).found).toMatchObject({ type: 'source', sourceToolId: 'ferry.findSailings' });
    expect(need(['东港的就行', '明天早上九点那班']).found).toBeUndefined();
  });

  it('is not looked for again on a day the list was already asked for', () => {
    const saturday: Transcript[] = [
      ...thursday,
      { role: 'tool-call', callId: 'd', toolId: 'ferry.findSailings', arguments: { date: '2026-03-07' } },
      { role: 'tool-result', callId: 'd', toolId: 'ferry.findSailings', isError: false, content: '', structuredContent: { sailings: [{ portId: 'p1', sailingId: 's-0305-0900', date: '2026-03-05', departs: '09:00' }] } },
    ];
    expect(need(['那就挪到周六那班吧', '明天早上九点那班'], saturday).found).not.toMatchObject({ type: 'source' });
  });
});

describe('a code said in the form the API takes', () => {
  const track = tool('trackCrate', { type: 'object', required: ['number'], properties: { number: { type: 'string', pattern: '^[A-Z]{2}[0-9]{8}$', description: '货箱单号：取自用户原话' } } }, true);
  const mine = { ...tool('listMyCrates', { type: 'object', properties: {} }, true), outputSchema: { type: 'object', properties: { crates: { type: 'array', items: { type: 'object', properties: { number: { type: 'string' }, name: { type: 'string' } } } } } } };
  const own = [track, mine];
  const fill = (text: string) => {
    const goal = newGoal(text, track);
    const found = fillParam(goal, { texts: [text], now, timeZone: 'Asia/Shanghai', userCity: undefined, tool: track, transcript: [], siblings: own, sibling: (api: string) => own.find((t) => t.api === api) }, { path: 'number', name: 'number', required: true, schema: track.inputSchema.properties!.number! }, [text]);
    return { found, chosen: goal.args.number };
  };

  it('is the one said, not one looked up in the list of the person\'s own', () => {
    expect(fill('where is crate FE12345678?')).toEqual({ found: undefined, chosen: 'FE12345678' });
  });

  it('is looked up in the list of the person\'s own where none is said', () => {
    expect(fill('where is my crate of tea?').found).toEqual({ type: 'source', param: 'number', sourceToolId: 'ferry.listMyCrates' });
  });
});

describe('a room for a party', () => {
  const list = tool('listRooms', { type: 'object', properties: {} }, true);
  const stay = tool('bookRoom', { type: 'object', required: ['roomId', 'guests'], properties: { roomId: { type: 'string', description: '房型 ID，来自 listRooms' }, guests: { type: 'integer' } } });
  const inn = [list, stay];
  const rooms: Transcript[] = [{ role: 'tool-result', callId: 'r', toolId: 'ferry.listRooms', isError: false, content: '', structuredContent: { rooms: [{ roomId: 'pine', name: '松间大床房', maxGuests: 2 }, { roomId: 'family', name: '山居家庭房', maxGuests: 3 }] } }];
  const pick = (text: string) => {
    const goal = { ...newGoal(text, stay), args: { guests: 3 } as Record<string, unknown> };
    fillParam(goal, { texts: [text], now, timeZone: 'Asia/Shanghai', userCity: undefined, tool: stay, transcript: rooms, siblings: inn, sibling: (api: string) => inn.find((t) => t.api === api) }, { path: 'roomId', name: 'roomId', required: true, schema: stay.inputSchema.properties!.roomId! }, [text]);
    return goal.args.roomId;
  };

  it('is one that holds them where none is named in full', () => {
    expect(pick('我们一家三口，要一张大床再加张小床的那种')).toBe('family');
  });

  it('is the one named in full, whatever it holds: the inn refuses or not, and the person decides', () => {
    expect(pick('松间大床房订一间，我们三个人')).toBe('pine');
  });
});

describe('a studio filter, with a teacher named', () => {
  const studios = tool('listStudios', { type: 'object', properties: {} }, true);
  const classes = tool('findClasses', { type: 'object', properties: {
    studioId: { type: 'string', description: '陶艺馆门店 ID，来自 listStudios 返回的 studios[].studioId' },
    teacherId: { type: 'string', description: '老师 ID，来自 listStudios 返回的 studios[].teachers[].teacherId' },
  } }, true);
  const all = [studios, classes];
  const listed: Transcript[] = [{ role: 'tool-result', callId: 's', toolId: 'ferry.listStudios', isError: false, content: '', structuredContent: { studios: [
    { studioId: 'p1', name: '陶艺馆·云溪店', city: '云溪', teachers: [{ teacherId: 't1', name: '林岚', nameEn: 'Lin Lan' }] },
    { studioId: 'p2', name: '陶艺馆·青屿店', city: '青屿', teachers: [{ teacherId: 't3', name: '陈砚', nameEn: 'Chen Yan' }] },
  ] } }];
  const studioFor = (text: string, userCity: string) => {
    const goal = newGoal(text, classes);
    fillParam(goal, { texts: [text], now, timeZone: 'Asia/Shanghai', userCity, tool: classes, transcript: listed, siblings: all, sibling: (api: string) => all.find((t) => t.api === api) }, { path: 'studioId', name: 'studioId', required: false, schema: classes.inputSchema.properties!.studioId! }, [text]);
    return goal.args.studioId;
  };

  it('is the teacher\'s studio, not the one in the user\'s own city', () => {
    expect(studioFor("Lin Lan's next class", '青屿')).toBe('p1');
    expect(studioFor('陈砚老师下一节课', '云溪')).toBe('p2');
  });

  it('is the one in the user\'s own city where no teacher is named', () => {
    expect(studioFor('the next wheel-throwing class', '青屿')).toBe('p2');
  });
});
