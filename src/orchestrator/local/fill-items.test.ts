import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { fillArgs } from './fill-args.ts';
import { newGoal } from './goals.ts';
import { orderLines } from './test-support.ts';

describe('several named in one clause', () => {
  it('are each counted by the words between the names beside them', () => {
    expect(orderLines('两碗牛肉面一份凉皮')).toEqual([{ dishId: 'n1', qty: 2 }, { dishId: 'n2', qty: 1 }]);
  });
});

describe('a thing named only to be refused', () => {
  it('is no line of the order (「不要凉皮」, "no cold noodles")', () => {
    expect(orderLines('两碗牛肉面，不要凉皮')).toEqual([{ dishId: 'n1', qty: 2 }]);
    expect(orderLines('牛肉面来一碗，凉皮不要了，再来一瓶云溪维生素C橙汁')).toEqual([{ dishId: 'n1', qty: 1 }, { dishId: 'n3', qty: 1 }]);
  });
});

describe('one more made as another line was', () => {
  it('is a line of that thing, counted by its own words and made the same way (「再来一碗和牛肉面一样的」)', () => {
    expect(orderLines('一份凉皮，一碗牛肉面特辣，再来一碗和牛肉面一样的')).toEqual([
      { dishId: 'n2', qty: 1 }, { dishId: 'n1', qty: 1, spice: 'hot' }, { dishId: 'n1', qty: 1, spice: 'hot' },
    ]);
  });
});

describe('a thing named twice in its clause', () => {
  it('is taken by its best naming: a piece of its name, then a short name (「云溪那个维C」)', () => {
    expect(orderLines('凉皮来一份，云溪那个维C也来一瓶')).toEqual([{ dishId: 'n2', qty: 1 }, { dishId: 'n3', qty: 1 }]);
  });
});

describe('a thing wanted once per person by an order that counts no people', () => {
  it('is counted by the people the request says (「我们一家三口，每人一碗…」)', () => {
    expect(orderLines('我们一家三口，每人来一碗牛肉面，再加一份凉皮')).toEqual([{ dishId: 'n1', qty: 3 }, { dishId: 'n2', qty: 1 }]);
    expect(orderLines('我们四个人，凉皮一人一份')).toEqual([{ dishId: 'n2', qty: 4 }]);
  });
});

describe('a list read for another value of the order', () => {
  // an invented tea counter with two shops: its list says what one shop has in stock
  const tool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false): Tool => ({
    id: `tea.${api}`, appId: 'tea', appName: '茶铺', version: 'v1', skill: 'skills/s', api, description: '', inputSchema,
    ...(readOnly ? { annotations: { readOnlyHint: true } } : {}), siblings: ['listTeas', 'order'],
  });
  const listTeas = tool('listTeas', { type: 'object', properties: { shopId: { type: 'string', description: '可选，门店ID，填写后返回该店是否有货' } } }, true);
  const order = tool('order', {
    type: 'object', required: ['shopId', 'lines'],
    properties: {
      shopId: { type: 'string', description: '门店ID' },
      lines: { type: 'array', items: { type: 'object', required: ['teaId'], properties: { teaId: { type: 'string', description: '茶ID，来自 listTeas' }, qty: { type: 'integer' } } } },
    },
  });
  const readAt = (shopId: string): Transcript[] => [
    { role: 'tool-call', callId: 'c', toolId: 'tea.listTeas', arguments: { shopId } },
    { role: 'tool-result', callId: 'c', toolId: 'tea.listTeas', isError: false, content: '', structuredContent: { teas: [{ teaId: 't1', name: '白毫银针', inStock: shopId === 's1' }] } },
  ];
  const fill = (transcript: Transcript[]) => {
    const goal = newGoal('', order);
    Object.assign(goal, { args: { shopId: 's1' }, decided: ['shopId'] });
    const siblings = [listTeas, order];
    return { need: fillArgs(goal, { texts: ['在东门店买一盒白毫银针'], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: order, transcript, siblings, sibling: (api: string) => siblings.find((t) => t.api === api) }), goal };
  };

  it('is read again for the order\'s own (the stock of the shop first tried is not this shop\'s)', () => {
    expect(fill(readAt('s2')).need).toMatchObject({ type: 'source', sourceToolId: 'tea.listTeas', search: { shopId: 's1' } });
  });

  it('is used as it is where it was read for the same', () => {
    const { goal } = fill(readAt('s1'));
    expect(goal.args.lines).toEqual([{ teaId: 't1', qty: 1 }]);
  });
});

describe('a thing described only by a complaint', () => {
  // an invented herb counter: each remedy says what it is for
  const listHerbs: Tool = { id: 'herb.listHerbs', appId: 'herb', appName: '草本堂', version: 'v1', skill: 'skills/s', api: 'listHerbs', description: '', inputSchema: { type: 'object', properties: {} }, annotations: { readOnlyHint: true }, siblings: ['listHerbs', 'buy'] };
  const buy: Tool = {
    id: 'herb.buy', appId: 'herb', appName: '草本堂', version: 'v1', skill: 'skills/s', api: 'buy', description: '',
    inputSchema: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { type: 'object', required: ['herbId'], properties: { herbId: { type: 'string', description: '来自 listHerbs' }, qty: { type: 'integer' } } } } } },
    siblings: ['listHerbs', 'buy'],
  };
  const herbs: Transcript[] = [
    { role: 'tool-call', callId: 'c', toolId: 'herb.listHerbs', arguments: {} },
    { role: 'tool-result', callId: 'c', toolId: 'herb.listHerbs', isError: false, content: '', structuredContent: { herbs: [
      { herbId: 'h1', name: '柴胡滴丸', use: '外感发热' }, { herbId: 'h2', name: '冰凉贴', use: '发热时物理降温' },
      { herbId: 'h3', name: '白芍颗粒', use: '急、慢性腹泻' }, { herbId: 'h4', name: '医用棉签', use: '清洁消毒' },
      { herbId: 'h5', name: '电子血压计', use: '家用测量' },
    ] } },
  ];
  const fill = (text: string) => {
    const goal = newGoal('', buy);
    const siblings = [listHerbs, buy];
    const need = fillArgs(goal, { texts: [text], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: buy, transcript: herbs, siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
    return { need, goal };
  };

  it('is the one whose use says it, or asked among those it fits', () => {
    expect(fill('一直拉肚子，你们有啥药？来一盒').goal.args.items).toEqual([{ herbId: 'h3', qty: 1 }]);
    expect(fill('这两天一直拉肚子，给我送一盒治腹泻的药').goal.args.items).toEqual([{ herbId: 'h3', qty: 1 }]);
    // named again after the clause that says why (棉签 used up): still the one ordered
    expect(fill('家里的棉签用完了，给我送一包棉签').goal.args.items).toEqual([{ herbId: 'h4', qty: 1 }]);
    expect(fill('买一盒退烧药').need).toMatchObject({ type: 'ask', ask: { candidates: [{ id: 'h1' }, { id: 'h2' }] } });
  });

  it('takes a thing said by what it does (「量血压的」) and asks about a remedy several fit beside it, keeping both', () => {
    const { need, goal } = fill('买一个量血压的和一盒退烧药');
    expect(need).toMatchObject({ type: 'ask', ask: { candidates: [{ id: 'h1' }, { id: 'h2' }] } });
    expect(answered(goal, '买一个量血压的和一盒退烧药', '柴胡滴丸')).toEqual(expect.arrayContaining([{ herbId: 'h5', qty: 1 }, { herbId: 'h1', qty: 1 }]));
    expect(fill('买一个量血压的').goal.args.items).toEqual([{ herbId: 'h5', qty: 1 }]);
  });

  /** The same goal after the user's answer, as the planner fills it again. */
  const answered = (goal: ReturnType<typeof newGoal>, request: string, ...answers: string[]) => {
    const again = { ...goal, args: {} as Record<string, unknown>, decided: [] as string[], answers };
    const siblings = [listHerbs, buy];
    fillArgs(again, { texts: [request, ...answers], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: buy, transcript: herbs, siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
    return again.args.items;
  };

  it('asks about a remedy several fit whatever else was answered first, and counts the one chosen by the clause asked about', () => {
    // (a store answered before: the clause is still asked about, once)
    const request = '退烧药三盒，再要一个量血压的';
    const first = fill(request);
    expect(first.need).toMatchObject({ type: 'ask', ask: { candidates: [{ id: 'h1' }, { id: 'h2' }] } });
    expect(answered(first.goal, request, '柴胡滴丸', '东港店')).toEqual(expect.arrayContaining([{ herbId: 'h1', qty: 3 }, { herbId: 'h5', qty: 1 }]));
  });

  it('asks about a remedy several fit even where the user answered something else first (a store)', () => {
    const goal = { ...newGoal('', buy), answers: ['东港店'] };
    const siblings = [listHerbs, buy];
    const need = fillArgs(goal, { texts: ['退烧药三盒，再要一个量血压的', '东港店'], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: buy, transcript: herbs, siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
    expect(need).toMatchObject({ type: 'ask', ask: { candidates: [{ id: 'h1' }, { id: 'h2' }] } });
    // (「再来盒退烧药」: the clause split from its verb starts with the measure word, and still counts one)
    expect(fill('要一个量血压的，再来盒退烧药').need).toMatchObject({ type: 'ask', ask: { candidates: [{ id: 'h1' }, { id: 'h2' }] } });
  });

  it('asks about a remedy asked for uncounted (「来点退烧的」, "some fever medicine") beside a thing found, not dropping it', () => {
    expect(fill('来点退烧的，再要一个量血压的').need).toMatchObject({ type: 'ask', ask: { candidates: [{ id: 'h1' }, { id: 'h2' }] } });
    // (a reason said, 「有点发烧」, asks for nothing more)
    expect(fill('有点发烧，要一个量血压的').goal.args.items).toEqual([{ herbId: 'h5', qty: 1 }]);
  });
});

describe('a counted kind several names end in, beside a thing named', () => {
  // an invented tea counter: two kinds of tea bag, a kettle
  const listGoods: Tool = { id: 'tea.listGoods', appId: 'tea', appName: '茶铺', version: 'v1', skill: 'skills/s', api: 'listGoods', description: '', inputSchema: { type: 'object', properties: {} }, annotations: { readOnlyHint: true }, siblings: ['listGoods', 'buy'] };
  const buy: Tool = {
    id: 'tea.buy', appId: 'tea', appName: '茶铺', version: 'v1', skill: 'skills/s', api: 'buy', description: '',
    inputSchema: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { type: 'object', required: ['goodId'], properties: { goodId: { type: 'string', description: '来自 listGoods' }, qty: { type: 'integer' }, wrap: { type: 'string', enum: ['gift', 'plain'], description: 'gift=礼袋, plain=简装' } } } } } },
    siblings: ['listGoods', 'buy'],
  };
  const goods: Transcript[] = [
    { role: 'tool-call', callId: 'c', toolId: 'tea.listGoods', arguments: {} },
    { role: 'tool-result', callId: 'c', toolId: 'tea.listGoods', isError: false, content: '', structuredContent: { goods: [
      { goodId: 'g1', name: '菊花茶包', spec: '2g×20袋/盒' }, { goodId: 'g2', name: '陈皮茶包', spec: '3g×10袋/盒' }, { goodId: 'g3', name: '玻璃烧水壶' },
    ] } },
  ];
  const fill = (texts: string[], answers: string[] = []) => {
    const goal = { ...newGoal('', buy), answers };
    const siblings = [listGoods, buy];
    const need = fillArgs(goal, { texts, now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: buy, transcript: goods, siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
    return { need, goal };
  };

  it('is asked about, not dropped, and counted by its own clause once answered', () => {
    const first = fill(['玻璃烧水壶一个，茶包三盒']);
    expect(first.need).toMatchObject({ type: 'ask', ask: { candidates: [{ id: 'g1' }, { id: 'g2' }] } });
    const again = { ...first.goal, args: {} as Record<string, unknown>, decided: [] as string[], answers: ['陈皮茶包'] };
    const siblings = [listGoods, buy];
    fillArgs(again, { texts: ['玻璃烧水壶一个，茶包三盒', '陈皮茶包'], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: buy, transcript: goods, siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
    expect(again.args.items).toEqual(expect.arrayContaining([{ goodId: 'g3', qty: 1 }, { goodId: 'g2', qty: 3 }]));
  });

  it('is not a clause that named its thing in full, however its lines are made (「…两盒，一盒要礼袋」)', () => {
    const { need, goal } = fill(['菊花茶包两盒，一盒要礼袋']);
    expect(need).toEqual({ type: 'ready' });
    expect(goal.args.items).toEqual(expect.arrayContaining([expect.objectContaining({ goodId: 'g1', qty: 1, wrap: 'gift' })]));
  });

  it('is not taken twice where the kind alone is asked for and told apart (「茶包三盒，要10袋装的那种」)', () => {
    expect(fill(['茶包三盒，要10袋装的那种']).goal.args.items).toEqual([{ goodId: 'g2', qty: 3 }]);
  });

  it('takes what is said of all of one thing named again for that thing\'s lines only', () => {
    const items = fill(['菊花茶包两盒，陈皮茶包一盒，菊花茶包都要礼袋']).goal.args.items as Record<string, unknown>[];
    expect(items.find((i) => i.goodId === 'g1')).toMatchObject({ qty: 2, wrap: 'gift' });
    expect(items.find((i) => i.goodId === 'g2')?.wrap).not.toBe('gift');
  });

  it('makes a line for each part of a count split by how each is made', () => {
    const items = fill(['菊花茶包三盒，两盒要礼袋一盒简装']).goal.args.items as Record<string, unknown>[];
    expect(items).toEqual(expect.arrayContaining([expect.objectContaining({ goodId: 'g1', qty: 2, wrap: 'gift' }), expect.objectContaining({ goodId: 'g1', qty: 1, wrap: 'plain' })]));
  });

  it('is the one what is said of the kind tells apart', () => {
    expect(fill(['玻璃烧水壶一个，茶包三盒，要10袋装的那种']).goal.args.items).toEqual(expect.arrayContaining([{ goodId: 'g3', qty: 1 }, { goodId: 'g2', qty: 3 }]));
  });
});

describe('a comparison among two named, beside a third thing', () => {
  // an invented herb counter: three remedies with prices; the order takes lines of them
  const tool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false): Tool => ({
    id: `herb.${api}`, appId: 'herb', appName: '百草堂', version: 'v1', skill: 'skills/s', api, description: '', inputSchema,
    ...(readOnly ? { annotations: { readOnlyHint: true } } : {}), siblings: ['listRemedies', 'order'],
  });
  const list = tool('listRemedies', { type: 'object', properties: {} }, true);
  const order = tool('order', { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { type: 'object', required: ['remedyId', 'qty'], properties: { remedyId: { type: 'string', description: '来自 listRemedies' }, qty: { type: 'integer', description: '数量' } } } } } });
  const remedies: Transcript = { role: 'tool-result', callId: 'r', toolId: 'herb.listRemedies', isError: false, content: '', structuredContent: { remedies: [{ remedyId: 'r1', name: '青蒿片', price: 28.5 }, { remedyId: 'r2', name: '板蓝根', price: 19.8 }, { remedyId: 'r3', name: '薄荷贴', price: 12 }] } };

  it('keeps the third as a line of its own, and counts the one chosen by the count said with the choice', () => {
    const text = '青蒿片跟板蓝根哪个便宜点？买便宜的那个两盒，再来一包薄荷贴';
    const goal = newGoal(text, order);
    const siblings = [list, order];
    fillArgs(goal, { texts: [text], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: order, transcript: [remedies], siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
    expect(goal.args.items).toEqual([{ remedyId: 'r2', qty: 2 }, { remedyId: 'r3', qty: 1 }]);
  });
});

// an invented herb counter whose list can be searched by words (what people call a remedy, too)
const searchableHerbs: Tool = { id: 'herb.listHerbs', appId: 'herb', appName: '草本堂', version: 'v1', skill: 'skills/s', api: 'listHerbs', description: '', inputSchema: { type: 'object', properties: { keyword: { type: 'string', description: '商品名或俗称' } } }, annotations: { readOnlyHint: true }, siblings: ['listHerbs', 'buy'] };
const buyHerbs: Tool = {
  id: 'herb.buy', appId: 'herb', appName: '草本堂', version: 'v1', skill: 'skills/s', api: 'buy', description: '',
  inputSchema: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { type: 'object', required: ['herbId'], properties: { herbId: { type: 'string', description: '来自 listHerbs' }, qty: { type: 'integer' } } } } } },
  siblings: ['listHerbs', 'buy'],
};

describe('a thing the mini-program\'s own search finds nothing for', () => {
  const [listHerbs, buy] = [searchableHerbs, buyHerbs];
  const transcript: Transcript[] = [
    { role: 'tool-call', callId: 'a', toolId: 'herb.listHerbs', arguments: {} },
    { role: 'tool-result', callId: 'a', toolId: 'herb.listHerbs', isError: false, content: '', structuredContent: { herbs: [{ herbId: 'h1', name: '柴胡滴丸' }, { herbId: 'h4', name: '医用棉签' }] } },
    { role: 'tool-call', callId: 'b', toolId: 'herb.listHerbs', arguments: { keyword: '艾草贴' } },
    { role: 'tool-result', callId: 'b', toolId: 'herb.listHerbs', isError: false, content: '没有找到', structuredContent: { herbs: [] } },
  ];

  it('is said not found, nothing ordered, not asked among all it sells', () => {
    const goal = newGoal('', buy);
    const siblings = [listHerbs, buy];
    const need = fillArgs(goal, { texts: ['买两盒艾草贴'], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: buy, transcript, siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
    expect(need).toMatchObject({ type: 'ask', ask: { kind: 'value' } });
    expect((need as { say?: string }).say).toContain('艾草贴');
    expect(goal.args.items).toBeUndefined();
  });
});

describe('a thing several descriptions fit, in a list its mini-program can search', () => {
  // the herb counter's search knows what people call its remedies (「退烧药」 is 柴胡滴丸)
  const [listHerbs, buy] = [searchableHerbs, buyHerbs];
  const all = [{ herbId: 'h1', name: '柴胡滴丸', use: '外感发热' }, { herbId: 'h2', name: '冰凉贴', use: '发热时物理降温' }, { herbId: 'h5', name: '电子血压计', use: '家用测量' }];
  const listed = (keyword: string | undefined, herbs: typeof all): Transcript[] => [
    { role: 'tool-call', callId: keyword ?? 'all', toolId: 'herb.listHerbs', arguments: keyword ? { keyword } : {} },
    { role: 'tool-result', callId: keyword ?? 'all', toolId: 'herb.listHerbs', isError: false, content: '', structuredContent: { herbs } },
  ];
  const fill = (text: string, transcript: Transcript[]) => {
    const goal = newGoal('', buy);
    const siblings = [listHerbs, buy];
    return { need: fillArgs(goal, { texts: [text], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: buy, transcript, siblings, sibling: (api: string) => siblings.find((t) => t.api === api) }), goal };
  };

  it('is searched for by the words that describe it before a choice is asked, and is the one the search finds', () => {
    expect(fill('买一盒退烧药', listed(undefined, all)).need).toMatchObject({ type: 'source', sourceToolId: 'herb.listHerbs', search: { keyword: '退烧药' } });
    expect(fill('买一盒退烧药', [...listed(undefined, all), ...listed('退烧药', [all[0]!])]).goal.args.items).toEqual([{ herbId: 'h1', qty: 1 }]);
    // beside a thing named outright, too
    expect(fill('要一个血压计，再来两盒退烧药', listed(undefined, all)).need).toMatchObject({ type: 'source', search: { keyword: '退烧药' } });
  });

  it('is asked among those it fits where the search finds nothing, searched once', () => {
    expect(fill('买一盒退烧药', [...listed(undefined, all), ...listed('退烧药', [])]).need).toMatchObject({ type: 'ask', ask: { candidates: [{ id: 'h1' }, { id: 'h2' }] } });
  });
});

describe('an add-on chosen by a superlative', () => {
  // the invented ferry: tickets counted by the order itself, meals added beside them (optional)
  const listMeals: Tool = { id: 'ferry.listMeals', appId: 'ferry', appName: '海湾轮渡', version: 'v1', skill: 'skills/s', api: 'listMeals', description: '', inputSchema: { type: 'object', properties: {} }, annotations: { readOnlyHint: true }, siblings: ['listMeals', 'buyTicket'] };
  const buyTicket: Tool = {
    id: 'ferry.buyTicket', appId: 'ferry', appName: '海湾轮渡', version: 'v1', skill: 'skills/s', api: 'buyTicket', description: '',
    inputSchema: { type: 'object', required: ['qty'], properties: {
      qty: { type: 'integer', description: '张数' },
      meals: { type: 'array', items: { type: 'object', required: ['mealId'], properties: { mealId: { type: 'string', description: '餐食ID，来自 listMeals' }, qty: { type: 'integer' } } } },
    } },
    siblings: ['listMeals', 'buyTicket'],
  };
  const read: Transcript[] = [
    { role: 'tool-call', callId: 'c', toolId: 'ferry.listMeals', arguments: {} },
    { role: 'tool-result', callId: 'c', toolId: 'ferry.listMeals', isError: false, content: '', structuredContent: { meals: [{ mealId: 'm1', name: '海鲜盒饭', price: 38 }, { mealId: 'm2', name: '泡面', nameEn: 'Instant noodles', price: 12 }, { mealId: 'm3', name: '热豆浆', nameEn: 'Soy milk', price: 8 }] } },
  ];
  const meals = (text: string) => {
    const goal = newGoal(text, buyTicket);
    Object.assign(goal, { args: { qty: 2 }, decided: ['qty'] });
    const siblings = [listMeals, buyTicket];
    fillArgs(goal, { texts: [text], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: buyTicket, transcript: read, siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
    return goal.args.meals;
  };

  it('is the one the superlative picks, in the clause that adds it', () => {
    expect(meals('两张船票，再随便加个最便宜的吃的')).toEqual([{ mealId: 'm3' }]);
    expect(meals('two tickets, and throw in whichever meal is cheapest')).toEqual([{ mealId: 'm3' }]);
  });

  it('is counted by the clause that picks it, after a question comparing two', () => {
    expect(meals('which is cheaper, the instant noodles or the soy milk? get me 2 cups of the cheaper one')).toEqual([{ mealId: 'm3', qty: 2 }]);
  });

  it('is nothing where the superlative is of something else', () => {
    expect(meals('哪班最便宜？两张船票')).toBeUndefined();
  });
});

describe('an option said in full beside a name it is a word of', () => {
  // an invented tea counter whose menu has a drink named by a word of an option
  const listTeas: Tool = { id: 'tea.listTeas', appId: 'tea', appName: '茶语', version: 'v1', skill: 'skills/s', api: 'listTeas', description: '', inputSchema: { type: 'object', properties: {} }, annotations: { readOnlyHint: true }, siblings: ['listTeas', 'order'] };
  const order: Tool = {
    id: 'tea.order', appId: 'tea', appName: '茶语', version: 'v1', skill: 'skills/s', api: 'order', description: '',
    inputSchema: { type: 'object', required: ['items'], properties: {
      items: { type: 'array', items: { type: 'object', required: ['teaId'], properties: {
        teaId: { type: 'string', description: '茶饮ID，来自 listTeas' }, qty: { type: 'integer' },
        temperature: { type: 'string', enum: ['hot', 'iced'], description: 'hot=热/hot，iced=冰/iced' },
      } } },
    } },
    siblings: ['listTeas', 'order'],
  };
  const read: Transcript[] = [
    { role: 'tool-call', callId: 'c', toolId: 'tea.listTeas', arguments: {} },
    { role: 'tool-result', callId: 'c', toolId: 'tea.listTeas', isError: false, content: '', structuredContent: { teas: [{ teaId: 't1', name: '乌龙奶茶', nameEn: 'Oolong Milk Tea' }, { teaId: 't2', name: '热姜茶', nameEn: 'Hot Ginger Tea' }] } },
  ];

  it('is the option, each of two made its own way', () => {
    const text = 'two oolong milk teas please, one iced and one hot';
    const goal = newGoal(text, order);
    const siblings = [listTeas, order];
    fillArgs(goal, { texts: [text], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: order, transcript: read, siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
    expect(goal.args.items).toEqual([{ teaId: 't1', qty: 1, temperature: 'hot' }, { teaId: 't1', qty: 1, temperature: 'iced' }]);
  });
});
