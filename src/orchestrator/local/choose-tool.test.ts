import { describe, expect, it } from 'vitest';
import { chooseGoalTool } from './choose-tool.ts';
import { testCatalog } from './test-catalog.ts';

/** A tea shop written the way a third-party developer might: lists, a quote, an order. */
function teaShop() {
  const catalog = testCatalog([
    { appId: 'tea', appName: '茶铺', api: 'listShops', readOnly: true, description: '查询茶铺门店：门店ID、地址、营业时间。下单前需要 shopId 时调用。' },
    { appId: 'tea', appName: '茶铺', api: 'listTeas', readOnly: true, description: '按名称查茶叶：teaId、规格、单价。用户提到任何茶都先用它找到 teaId 和价格。', inputSchema: { type: 'object', properties: { keyword: { type: 'string', description: '茶名' } } } },
    { appId: 'tea', appName: '茶铺', api: 'quoteTeas', readOnly: true, description: '计算一单的价格（茶叶、运费、合计），不下单。用户只问多少钱时用它。', inputSchema: { type: 'object', properties: { shopId: { type: 'string', description: '门店ID，来自 listShops' }, items: { type: 'array', items: { type: 'object', properties: { teaId: { type: 'string', description: '来自 listTeas' }, qty: { type: 'integer' } } } } }, required: ['shopId', 'items'] } },
    { appId: 'tea', appName: '茶铺', api: 'createOrder', description: '为用户下单买茶叶（外送或自取），生成待支付订单。', inputSchema: { type: 'object', properties: { shopId: { type: 'string', description: '门店ID，来自 listShops' }, items: { type: 'array', items: { type: 'object', properties: { teaId: { type: 'string', description: '来自 listTeas' }, qty: { type: 'integer' } } } } }, required: ['shopId', 'items'] } },
  ], { 'tea.listShops': ['茶铺·东门店', '茶铺·西湖店'], 'tea.listTeas': ['西湖龙井', '铁观音'] });
  const output = (api: string, properties: Record<string, unknown>) => Object.assign(catalog.tool(`tea.${api}`)!, { outputSchema: { type: 'object', properties } });
  output('listShops', { shops: { type: 'array', items: { type: 'object', properties: { shopId: { type: 'string' }, name: { type: 'string' }, address: { type: 'string' }, hours: { type: 'string' } } } } });
  output('listTeas', { teas: { type: 'array', items: { type: 'object', properties: { teaId: { type: 'string' }, name: { type: 'string' }, price: { type: 'number' } } } } });
  output('quoteTeas', { lines: { type: 'array' }, deliveryFee: { type: 'number' }, total: { type: 'number' } });
  output('createOrder', { orderId: { type: 'string' }, total: { type: 'number' } });
  return catalog;
}

describe('the API a question for a fact goes to', () => {
  it('is the list that holds what is asked, where the user goes themselves', () => {
    expect(chooseGoalTool('东门那家店明天早上几点开门？想去买点茶', 'tea', teaShop()).api).toBe('listShops');
  });

  it('is the quote for a count of things, the list for a plain price', () => {
    expect(chooseGoalTool('How much for 4 tins of Longjing from the east gate shop? Just checking.', 'tea', teaShop()).api).toBe('quoteTeas');
    expect(chooseGoalTool("what's the price of green tea", 'tea', teaShop()).api).toBe('listTeas');
  });

  it('still acts where the assistant is asked to', () => {
    expect(chooseGoalTool('东门店帮我买两盒铁观音', 'tea', teaShop()).api).toBe('createOrder');
  });

  it('is never the order for a question of which one is most so, said with no question mark (「哪家最晚」)', () => {
    // (an order whose words share 「家」 with the question: 「送到家」)
    const shop = testCatalog([
      { appId: 'tea', appName: '茶铺', api: 'listShops', readOnly: true, description: '查询茶铺门店：门店ID、地址、营业时间。' },
      { appId: 'tea', appName: '茶铺', api: 'createOrder', description: '下单买茶叶，送到家或自取，生成待支付订单。', inputSchema: { type: 'object', properties: { shopId: { type: 'string', description: '门店ID，来自 listShops' } }, required: ['shopId'] } },
    ]);
    expect(chooseGoalTool('哪家最晚', 'tea', shop).api).toBe('listShops');
  });
});

/** A campus card written the way a third-party developer might: its bills, its top-up, and what it holds. */
function campusCard() {
  const catalog = testCatalog([
    { appId: 'card', appName: '校园卡', api: 'listFees', readOnly: true, description: '查询本学期待缴费用：住宿费、教材费，以及应缴金额。用户问「这学期要交多少」时调用。例："How much do I owe this term?"' },
    { appId: 'card', appName: '校园卡', api: 'getCard', readOnly: true, description: '查询本人校园卡：卡号、状态和余额。例：「我的校园卡」"my campus card".' },
    { appId: 'card', appName: '校园卡', api: 'topUp', description: '给校园卡充值，生成待支付订单。', inputSchema: { type: 'object', properties: { amount: { type: 'integer' } }, required: ['amount'] } },
  ]);
  const output = (api: string, properties: Record<string, unknown>) => Object.assign(catalog.tool(`card.${api}`)!, { outputSchema: { type: 'object', properties } });
  output('listFees', { fees: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, due: { type: 'number' } } } } });
  output('getCard', { card: { type: 'object', properties: { number: { type: 'string' }, status: { type: 'string' }, balance: { type: 'number' } } } });
  return catalog;
}

describe('a question for what an account holds', () => {
  it('goes to the API whose output holds a balance, not to the bill the words "how much" match', () => {
    expect(chooseGoalTool('how much is on my campus card right now?', 'card', campusCard()).api).toBe('getCard');
    expect(chooseGoalTool('校园卡里还有多少钱？', 'card', campusCard()).api).toBe('getCard');
    expect(chooseGoalTool('How much do I owe this term?', 'card', campusCard()).api).toBe('listFees');
  });
});

describe('a request that names what it is for and who goes, but no word of the act', () => {
  // an invented ferry-show skill: English words of the request match only the list
  const catalog = () => testCatalog([
    { appId: 'ferry', appName: '渡轮观光', api: 'searchSailings', readOnly: true, description: '查询观光航班：sailingId、码头、开船时间、票价。', inputSchema: { type: 'object', properties: { date: { type: 'string', description: '日期' } } } },
    { appId: 'ferry', appName: '渡轮观光', api: 'createTicketOrder', description: '为一个航班生成船票订单。', inputSchema: { type: 'object', properties: { sailingId: { type: 'string', description: '航班ID，来自 searchSailings 的 sailingId' }, qty: { type: 'integer', description: '张数' } }, required: ['sailingId', 'qty'] } },
    { appId: 'ferry', appName: '渡轮观光', api: 'cancelTicketOrder', description: '取消船票订单并退款。', inputSchema: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] } },
  ], { 'ferry.searchSailings': ['East Harbour sunset sailing'] });

  it('is the one action that takes its IDs from the list its words found', () => {
    expect(chooseGoalTool('East Harbour sunset sailing tonight, just me', 'ferry', catalog()).api).toBe('createTicketOrder');
  });

  it('is the list where the request only asks', () => {
    expect(chooseGoalTool('When is the East Harbour sunset sailing tonight?', 'ferry', catalog()).api).toBe('searchSailings');
  });
});

describe('a request whose words match none of the APIs but says to act', () => {
  // the same invented ferry skill, with a pier list the sailing search is narrowed by
  const catalog = () => testCatalog([
    { appId: 'ferry', appName: '渡轮观光', api: 'listPiers', readOnly: true, description: '查询码头：pierId、名称。', inputSchema: { type: 'object', properties: {} } },
    { appId: 'ferry', appName: '渡轮观光', api: 'searchSailings', readOnly: true, description: '查询观光航班：sailingId、开船时间。', inputSchema: { type: 'object', properties: { pierId: { type: 'string', description: '码头ID，来自 listPiers' } } } },
    { appId: 'ferry', appName: '渡轮观光', api: 'createTicketOrder', description: '为一个航班生成船票订单。', inputSchema: { type: 'object', properties: { sailingId: { type: 'string', description: '航班ID，来自 searchSailings 的 sailingId' } }, required: ['sailingId'] } },
    { appId: 'ferry', appName: '渡轮观光', api: 'cancelTicketOrder', description: '取消船票订单并退款。', inputSchema: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] } },
  ]);

  it('is the one action that takes IDs, not the first list', () => {
    expect(chooseGoalTool('Me and two friends want to go out on the water this afternoon', 'ferry', catalog()).api).toBe('createTicketOrder');
  });
});

describe('a request said as a question', () => {
  const ferry = () => testCatalog([
    { appId: 'ferry', appName: '渡轮观光', api: 'searchSailings', readOnly: true, description: '查询观光航班：sailingId、码头、开船时间、票价。', inputSchema: { type: 'object', properties: { date: { type: 'string', description: '日期' } } } },
    { appId: 'ferry', appName: '渡轮观光', api: 'createTicketOrder', description: '为一个航班生成船票订单。', inputSchema: { type: 'object', properties: { sailingId: { type: 'string', description: '航班ID，来自 searchSailings 的 sailingId' }, qty: { type: 'integer', description: '张数' } }, required: ['sailingId', 'qty'] } },
  ], { 'ferry.searchSailings': ['East Harbour sunset sailing'] });

  it('acts ("Could you get me on…?", "Can someone book…?", 「能帮我订…吗？」)', () => {
    expect(chooseGoalTool('Could you get me on the East Harbour sunset sailing tonight?', 'ferry', ferry()).api).toBe('createTicketOrder');
    expect(chooseGoalTool('Can someone book the East Harbour sunset sailing tonight for two?', 'ferry', ferry()).api).toBe('createTicketOrder');
    expect(chooseGoalTool('能帮我订今晚的East Harbour sunset sailing吗？', 'ferry', ferry()).api).toBe('createTicketOrder');
    expect(chooseGoalTool('Could I get two tickets for the East Harbour sunset sailing tonight?', 'ferry', ferry()).api).toBe('createTicketOrder');
  });

  it('acts where someone is asked to come and do it (「明天能来家里擦个玻璃吗？」)', () => {
    const wash = testCatalog([
      { appId: 'wash', appName: '亮窗', api: 'listSlots', readOnly: true, description: '查询可预约的上门擦玻璃时段。', inputSchema: { type: 'object', properties: { date: { type: 'string', description: '日期' } } } },
      { appId: 'wash', appName: '亮窗', api: 'book', description: '预约上门擦玻璃。', inputSchema: { type: 'object', properties: { date: { type: 'string' }, time: { type: 'string' } }, required: ['date', 'time'] } },
    ]);
    expect(chooseGoalTool('明天上午能来家里擦个玻璃吗？', 'wash', wash).api).toBe('book');
    expect(chooseGoalTool('明天上午还有能约的时段吗？', 'wash', wash).api).toBe('listSlots');
  });

  it('still asks where the question asks for a fact ("Can you tell me…?")', () => {
    expect(chooseGoalTool('Can you tell me when the East Harbour sunset sailing leaves tonight?', 'ferry', ferry()).api).toBe('searchSailings');
  });
});

describe('a question the best-fitting API could answer only after asking', () => {
  it('is answered by a list whose answer says what is asked, where the question names nothing of that list ("lunch on board per person")', () => {
    const ferry = testCatalog([
      { appId: 'ferry', appName: 'Harbour Ferry', api: 'listRoutes', readOnly: true, description: 'The ferry routes, their piers, fares and the price of lunch on board.',
        outputSchema: { type: 'object', properties: { routes: { type: 'array', items: { type: 'object', properties: { routeId: { type: 'string' }, name: { type: 'string' }, fare: { type: 'number' }, lunchPrice: { type: 'number' } } } } } } },
      { appId: 'ferry', appName: 'Harbour Ferry', api: 'searchSailings', readOnly: true, description: 'Sailings of a route on a date, seats left and the total price with lunch on board per person.',
        inputSchema: { type: 'object', required: ['routeId', 'date'], properties: { routeId: { type: 'string', description: 'route ID from listRoutes' }, date: { type: 'string', description: 'YYYY-MM-DD' } } } },
      { appId: 'ferry', appName: 'Harbour Ferry', api: 'bookSailing', description: 'Book seats on a sailing.' },
    ], { 'ferry.listRoutes': ['东港—西港航线'] });
    expect(chooseGoalTool('How much is the lunch on board per person on your ferry?', 'ferry', ferry).api).toBe('listRoutes');
    // (a question that says its date is the quote's: the route it needs is looked up, not asked)
    expect(chooseGoalTool('How much is the sailing on Friday morning with lunch on board for two?', 'ferry', ferry).api).toBe('searchSailings');
  });
});

describe('a fact asked of a thing one list alone names', () => {
  const ferry = testCatalog([
    { appId: 'ferry', appName: '海湾轮渡', api: 'listSailings', readOnly: true, description: '查询可售班次：开船时间、船舱、票价和余票。用户问票价、几点有船时调用。' },
    { appId: 'ferry', appName: '海湾轮渡', api: 'listSnacks', readOnly: true, description: '可随船票加购的小食及价格。' },
    { appId: 'ferry', appName: '海湾轮渡', api: 'buyTicket', description: '购买船票，可加购小食。' },
  ], { 'ferry.listSnacks': ['海鲜便当', '双人零食包'] });

  it('is answered by that list, whatever another list says of prices (「那个双人零食包多钱啊」)', () => {
    expect(chooseGoalTool('你们船上那个双人零食包多钱啊，里面都有啥', 'ferry', ferry).api).toBe('listSnacks');
  });

  it('is answered by that list where it asks what the thing is or holds ("what\'s actually in a …")', () => {
    const teas = testCatalog([
      { appId: 'tea', appName: 'Tea Counter', api: 'listCounters', readOnly: true, description: 'What\'s at each tea counter: address, opening hours, and whether it actually has seats.' },
      { appId: 'tea', appName: 'Tea Counter', api: 'listAddresses', readOnly: true, description: 'The addresses saved in the user\'s account, for delivery.' },
      { appId: 'tea', appName: 'Tea Counter', api: 'listTeas', readOnly: true, description: 'The teas on sale (green, jasmine, white) with their prices.' },
    ], { 'tea.listTeas': ['Jasmine Pearl', 'Silver Needle'] });
    expect(chooseGoalTool("what's actually in a jasmine pearl?", 'tea', teas).api).toBe('listTeas');
  });

  it('is not the list that names it where that list tells nothing of what is asked', () => {
    const piers = testCatalog([
      { appId: 'ferry', appName: '海湾轮渡', api: 'listPiers', readOnly: true, description: '码头列表：地址、开放时间。',
        outputSchema: { type: 'object', properties: { piers: { type: 'array', items: { type: 'object', properties: { pierId: { type: 'string' }, name: { type: 'string' }, hours: { type: 'string' } } } } } } },
      { appId: 'ferry', appName: '海湾轮渡', api: 'listFares', readOnly: true, description: '船票价格：各航线票价。',
        outputSchema: { type: 'object', properties: { fares: { type: 'array', items: { type: 'object', properties: { fareId: { type: 'string' }, price: { type: 'number' } } } } } } },
    ], { 'ferry.listPiers': ['东港码头'] });
    expect(chooseGoalTool('东港码头的船票多少钱', 'ferry', piers).api).toBe('listFares');
  });
});

describe('a question naming the options of an act', () => {
  it('is answered by the list of the things those options are of, not by the act', () => {
    const ferry = testCatalog([
      { appId: 'ferry', appName: '海湾轮渡', api: 'listPiers', readOnly: true, description: '查询码头列表：名称、地址、电话。需要 pierId 时调用。' },
      { appId: 'ferry', appName: '海湾轮渡', api: 'searchSailings', readOnly: true, description: '查询可售班次：开船时间、航线、票价和余位，返回 sailingId。下单前必须先用它取得 sailingId。', inputSchema: { type: 'object', properties: { pierId: { type: 'string', description: '码头 ID，来自 listPiers' }, date: { type: 'string' } } } },
      { appId: 'ferry', appName: '海湾轮渡', api: 'bookSeats', description: '为一个班次生成船票订单，平台随即展示支付确认卡片。只有用户已明确班次、舱位和张数时才调用。', inputSchema: { type: 'object', required: ['sailingId', 'cabin', 'seats'], properties: { sailingId: { type: 'string', description: '班次 ID，来自 searchSailings' }, cabin: { type: 'string', enum: ['basic', 'view'], description: '舱位：basic=普通舱/basic cabin seat，view=观景舱（靠窗）/view cabin seat。用户说“靠窗/观景舱”用 view；没提时用 basic。' }, seats: { type: 'integer', description: '张数' } } } },
    ]);
    expect(chooseGoalTool('观景舱比普通舱贵多少？', 'ferry', ferry).api).toBe('searchSailings');
    expect(chooseGoalTool('给我订两张观景舱，今晚的', 'ferry', ferry).api).toBe('bookSeats');
  });
});

describe('a question of the person\'s own things', () => {
  it('is for the list of theirs, whatever words a search of all matches more (「我的船票是几号舱」)', () => {
    const ferry = testCatalog([
      { appId: 'ferry', appName: '海湾轮渡', api: 'searchSailings', readOnly: true, description: '查询船票班次：某天从云溪到青屿的船，各舱位票价和余票。' },
      { appId: 'ferry', appName: '海湾轮渡', api: 'buyTickets', description: '买船票：预订某一班次的舱位，生成待支付订单。' },
      { appId: 'ferry', appName: '海湾轮渡', api: 'listMyTickets', readOnly: true, description: '查看我的船票：班次、日期、舱位座位号和状态。' },
      { appId: 'ferry', appName: '海湾轮渡', api: 'listTravellers', readOnly: true, description: '读取用户保存的乘船人（姓名、证件），把「我」「我的家人」「my wife」对应到乘船人的名字。' },
    ]);
    expect(chooseGoalTool('我的轮渡船票是几号舱', 'ferry', ferry).api).toBe('listMyTickets');
    expect(chooseGoalTool('我昨天买的那张船票几点开', 'ferry', ferry).api).toBe('listMyTickets');
    expect(chooseGoalTool('我这张票是几号舱', 'ferry', ferry).api).toBe('listMyTickets');
    // (a list whose examples say 「我」 and "my" is not therefore a list of theirs)
    expect(chooseGoalTool('我的船票写的是谁的名字', 'ferry', ferry).api).toBe('listMyTickets');
    expect(chooseGoalTool('明天云溪到青屿的船票还有吗', 'ferry', ferry).api).toBe('searchSailings');
    // (anything else of theirs is no thing they have bought)
    expect(chooseGoalTool('My knees are bad, are there seats on the sailings tomorrow?', 'ferry', ferry).api).toBe('searchSailings');
  });
});

describe('an act for a time said', () => {
  it('takes a time, itself or through the list its thing is from (not a pass the same words match as well)', () => {
    const ferry = testCatalog([
      { appId: 'ferry', appName: '海湾轮渡', api: 'searchSailings', readOnly: true, description: '查班次：按日期、开船时间段和舱位列出班次，含 sailingId、余票。', inputSchema: { type: 'object', properties: { date: { type: 'string', description: '日期 YYYY-MM-DD' }, cabin: { type: 'string', enum: ['deck', 'standard'], description: 'deck=观景舱, standard=普通舱' } } } },
      { appId: 'ferry', appName: '海湾轮渡', api: 'bookSailing', description: '订船：生成待支付订单，用户付款。', inputSchema: { type: 'object', required: ['sailingId'], properties: { sailingId: { type: 'string', description: '班次 ID，来自 searchSailings 的 sailings[].sailingId' }, people: { type: 'integer' } } } },
      { appId: 'ferry', appName: '海湾轮渡', api: 'buyPass', description: '买十次船票卡（¥300，所有班次通用，一人一班扣 1 次，舱位）。', inputSchema: { type: 'object', properties: { passId: { type: 'string', enum: ['pass10'], description: 'pass10=十次船票卡' } } } },
    ]);
    expect(chooseGoalTool('明天下午有观景舱的话帮我订一班', 'ferry', ferry).api).toBe('bookSailing');
    expect(chooseGoalTool('明天帮我办一张十次卡', 'ferry', ferry).api).toBe('buyPass');
    expect(chooseGoalTool('明天帮我买一张十次船票卡', 'ferry', ferry).api).toBe('buyPass');
  });
});

describe('how many of a thing the person has saved', () => {
  it('goes to the list that says first it lists them, not one that names them among its fields', () => {
    // the invented ferry: its tickets name passengers too
    const ferry = testCatalog([
      { appId: 'ferry', appName: '海湾轮渡', api: 'listMyTickets', readOnly: true, description: '查看我的船票：我买的船票、班次、日期、舱位、乘客和状态。用户说「我的船票」时调用。' },
      { appId: 'ferry', appName: '海湾轮渡', api: 'listPassengers', readOnly: true, description: '读取用户保存的乘客（实名），每人有 id、姓名、关系。买票需要 passengerIds 时调用。' },
      { appId: 'ferry', appName: '海湾轮渡', api: 'buyTickets', description: '买船票：选定班次、舱位和张数后生成待支付订单，用户在卡片上确认后支付；乘客 ID 来自 listPassengers。' },
    ]);
    expect(chooseGoalTool('我在轮渡那边存了几个乘客来着', 'ferry', ferry).api).toBe('listPassengers');
  });
});

describe('a question of what a thing costs on weekdays and at weekends', () => {
  const inn = testCatalog([
    { appId: 'inn', appName: '青屿客栈', api: 'listInns', readOnly: true, description: '客栈列表：每家客栈的房型、平日价和周末价。',
      outputSchema: { type: 'object', properties: { inns: { type: 'array', items: { type: 'object', properties: { innId: { type: 'string' }, name: { type: 'string' }, roomTypes: { type: 'array', items: { type: 'object', properties: { roomTypeId: { type: 'string' }, name: { type: 'string' }, weekday: { type: 'number' }, weekend: { type: 'number' } } } } } } } } } },
    { appId: 'inn', appName: '青屿客栈', api: 'quoteRooms', readOnly: true, description: 'Quote the rooms of one inn for the nights asked: how much each room costs for those dates.',
      inputSchema: { type: 'object', properties: { innId: { type: 'string', description: '来自 listInns 的 innId' }, checkIn: { type: 'string', format: 'date' }, checkOut: { type: 'string', format: 'date' } }, required: ['innId', 'checkIn', 'checkOut'] } },
  ], { 'inn.listInns': ['青屿客栈', '海景大床房'] });

  it('is answered by the list that prices both, not by a quote for a date (the weekend said beside weekdays is no date)', () => {
    expect(chooseGoalTool('How much is the sea view room at Qingyu Inn on a weeknight compared with a weekend night?', 'inn', inn).api).toBe('listInns');
  });
});

describe('a question of when, of a thing described rather than named', () => {
  const screens = testCatalog([
    { appId: 'screen', appName: 'Harbour Screens', api: 'listFilms', readOnly: true, description: 'The films on this week, with their genres.' },
    { appId: 'screen', appName: 'Harbour Screens', api: 'listShowings', readOnly: true, description: 'Sessions of one title, by day and screen.',
      inputSchema: { type: 'object', properties: { filmId: { type: 'string', description: 'filmId from listFilms' }, date: { type: 'string', format: 'date' } }, required: ['filmId'] } },
  ], { 'screen.listFilms': ['The Lighthouse Keeper', 'Tide Runner'] });

  it('is answered by the showings ("just tell me the times")', () => {
    expect(chooseGoalTool('Any animated film for kids this weekend? Just tell me the times', 'screen', screens).api).toBe('listShowings');
  });
});

describe('a question of what there is', () => {
  const ferry = () => testCatalog([
    { appId: 'ferry', appName: '海湾轮渡', api: 'listPiers', readOnly: true, description: '查询码头列表：名称、地址。用户问“附近有哪些码头”时调用。' },
    { appId: 'ferry', appName: '海湾轮渡', api: 'listRoutes', readOnly: true, description: '查询航线：云溪线、青屿线。用户问“最近有什么船”时调用。' },
    { appId: 'ferry', appName: '海湾轮渡', api: 'listMeals', readOnly: true, description: '查询船上可加购的盒饭、零食包及价格。用户提到盒饭、零食包时调用。' },
    // (other mini-programs sell boxed meals and snack packs too: those words tell little in the whole catalog)
    { appId: 'rail', appName: '铁路', api: 'listMeals', readOnly: true, description: '查询列车上的盒饭、零食包。' },
    { appId: 'noodles', appName: '面馆', api: 'listMenu', readOnly: true, description: '查询面馆菜单：盒饭、零食包、饮料。' },
    { appId: 'inn', appName: '青屿客栈', api: 'listExtras', readOnly: true, description: '查询客栈可加购的盒饭、零食包。' },
  ]);
  it('goes to the list of the thing asked about, not to one whose example shares the words of asking', () => {
    expect(chooseGoalTool('船上有什么盒饭', 'ferry', ferry()).api).toBe('listMeals');
    expect(chooseGoalTool('零食包有哪些', 'ferry', ferry()).api).toBe('listMeals');
  });

  it('still goes by the words of asking where they are all the question says of what', () => {
    expect(chooseGoalTool('附近有哪些码头', 'ferry', ferry()).api).toBe('listPiers');
  });
});

describe('a question of what there is for a complaint', () => {
  // an invented herb counter: stores, remedies, orders; an order's lines are remedies
  const catalog = () => testCatalog([
    { appId: 'herb', appName: '草本堂', api: 'listStores', readOnly: true, description: '查询门店：storeId、地址、营业时间。有没有货先查门店。', inputSchema: { type: 'object', properties: { city: { type: 'string' } } } },
    { appId: 'herb', appName: '草本堂', api: 'listHerbs', readOnly: true, description: '查商品：herbId、名称、价格、功效。', inputSchema: { type: 'object', properties: { storeId: { type: 'string', description: '门店ID，来自 listStores' } } } },
    { appId: 'herb', appName: '草本堂', api: 'orderStatus', readOnly: true, description: '查询我的订单状态，有没有发货。', inputSchema: { type: 'object', properties: { orderId: { type: 'string' } } } },
    { appId: 'herb', appName: '草本堂', api: 'buy', description: '下单买药。', inputSchema: { type: 'object', required: ['storeId', 'items'], properties: { storeId: { type: 'string', description: '门店ID，来自 listStores' }, items: { type: 'array', items: { type: 'object', properties: { herbId: { type: 'string', description: '来自 listHerbs' }, qty: { type: 'integer' } } } } } } },
  ], { 'herb.listStores': ['草本堂·东港店'] });

  it('is the list of the things an order is made of, not its stores or orders', () => {
    expect(chooseGoalTool('东港店有治感冒的药吗', 'herb', catalog()).api).toBe('listHerbs');
    expect(chooseGoalTool("Do you have anything for a cold? I'd pick it up at the East Harbour store", 'herb', catalog()).api).toBe('listHerbs');
  });

  it('is still the order where the remedy is bought', () => {
    expect(chooseGoalTool('东港店买点止泻的，自取', 'herb', catalog()).api).toBe('buy');
  });
});
