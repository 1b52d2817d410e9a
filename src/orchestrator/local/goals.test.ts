import { describe, expect, it } from 'vitest';
import { planGoals, stays } from './goals.ts';
import { asksToUndo, isActing } from './request-words.ts';
import { routeClause, withoutCourier } from './route.ts';
import { testCatalog } from './test-catalog.ts';

const catalog = testCatalog([
  { appId: 'cinema', appName: '星光影城', api: 'searchShowtimes', description: '查询电影场次、票价和余座。', readOnly: true, inputSchema: { type: 'object', properties: { date: { type: 'string', description: '日期 YYYY-MM-DD' } } } },
  { appId: 'cinema', appName: '星光影城', api: 'createTicketOrder', description: '为一个场次生成电影票订单。' },
  { appId: 'cinema', appName: '星光影城', api: 'listSnacks', description: '可随电影票加购的小食。', readOnly: true },
  { appId: 'express', appName: '快递查查', api: 'createShipment', description: '寄快递：下单寄件，上门取件。' },
  { appId: 'express', appName: '快递查查', api: 'trackParcel', description: '查快递：按单号查询快递物流。', readOnly: true },
  { appId: 'coffee', appName: '晨光咖啡', api: 'placeOrder', description: '点咖啡下单，到店自取或外送。' },
  { appId: 'coffee', appName: '晨光咖啡', api: 'listStores', description: '门店列表：国贸店、中关村店，到店自取从这里选门店。', readOnly: true },
  { appId: 'taxi', appName: '随行打车', api: 'requestAndPay', description: '叫车：快车、专车，从上车点到目的地。' },
  { appId: 'cleaning', appName: '洁家到家', api: 'createBooking', description: '预约上门保洁服务，擦玻璃、油烟机清洗。' },
  { appId: 'cleaning', appName: '洁家到家', api: 'rescheduleBooking', description: '把已支付的预约改到另一个日期或时段。用户说“改到周日”“换成下午三点来”时调用。' },
  { appId: 'cleaning', appName: '洁家到家', api: 'listServices', description: '查询保洁服务项目和价格。', readOnly: true },
], { cinema: ['熊猫快递', 'Panda Courier', '星光影城·国贸店'] });

describe('which mini-program a request is for', () => {
  it('is not the one whose examples share only the words of asking ("do you have")', () => {
    const teaAndFerry = testCatalog([
      { appId: 'tea', appName: 'Tea Counter', api: 'listTeas', readOnly: true, description: 'The tea list with prices. Call when the user asks "what teas do you have" or "how much is a pot".' },
      { appId: 'tea', appName: 'Tea Counter', api: 'orderTea', description: 'Order a pot of tea.' },
      { appId: 'ferry', appName: 'Harbour Ferry', api: 'listSailings', readOnly: true, description: 'Ferry sailings between the piers, with fares.' },
    ]);
    expect(routeClause('Do you have Vantrel?', teaAndFerry)).toBeUndefined();
    expect(routeClause('What teas do you have?', teaAndFerry)).toBe('tea');
  });


  it('takes a thing its results name in full over a word another service is about', () => {
    expect(routeClause('熊猫快递3D票多少钱', catalog)).toBe('cinema');
    expect(routeClause('Panda Courier this Saturday morning for me and my kid', catalog)).toBe('cinema');
    expect(routeClause('帮我寄个快递到上海', catalog)).toBe('express');
  });

  it('takes a place one service lists as where another is meant, when the things said are the other\'s ("the Bund hotel")', () => {
    const places = testCatalog([
      { appId: 'taxi', appName: '随行打车', api: 'requestRide', description: '叫车：从上车点到目的地。' },
      { appId: 'taxi', appName: '随行打车', api: 'listPlaces', description: '常用上车点和目的地。', readOnly: true },
      { appId: 'stay', appName: '悦途酒店', api: 'searchRooms', description: '查酒店各房型是否有房、每晚价格和总价（可含早餐）。', readOnly: true },
      { appId: 'stay', appName: '悦途酒店', api: 'createBooking', description: '预订酒店房间，生成待支付订单。' },
    ], { taxi: ['外滩', 'The Bund', '虹桥站', 'Hongqiao Railway Station'], stay: ['悦途酒店·上海外滩店'] });
    expect(routeClause('How much is a twin room at the Bund hotel this Saturday night, with breakfast for two?', places)).toBe('stay');
    expect(routeClause('Take me to The Bund now', places)).toBe('taxi');
  });

  it('takes a store named by its own part (「徐家汇店」 of 「康宁大药房·徐家汇店」) or spelled in pinyin over words every shop says', () => {
    const shops = testCatalog([
      { appId: 'coffee', appName: '晨光咖啡', api: 'listStores', description: '门店列表、营业时间，几点开门几点关门；外送到家或到店自取。', readOnly: true },
      { appId: 'coffee', appName: '晨光咖啡', api: 'placeOrder', description: '点咖啡下单，外送送到家或到店自取。' },
      { appId: 'drugs', appName: '康宁大药房', api: 'listStores', description: '查询药房门店。', readOnly: true },
      { appId: 'drugs', appName: '康宁大药房', api: 'createOrder', description: '买药下单。' },
      { appId: 'taxi', appName: '随行打车', api: 'requestRide', description: '叫车：从上车点到目的地。' },
    ], { coffee: ['晨光咖啡·国贸店'], drugs: ['康宁大药房·徐家汇店', '连花清瘟胶囊'], taxi: ['徐家汇'] });
    expect(routeClause('徐家汇店几点关门？', shops)).toBe('drugs');
    expect(routeClause('Deliver 3 boxes of Lianhua Qingwen from the Xujiahui store', shops)).toBe('drugs');
    // a place two services list decides nothing by itself
    expect(routeClause('When does the Xujiahui store close?', shops)).not.toBe('taxi');
    expect(routeClause('国贸店几点关门？', shops)).toBe('coffee');
  });

  it('leaves how the thing comes (送到家, "delivered home") out of which service it is', () => {
    const shops = testCatalog([
      { appId: 'bakery', appName: '麦香烘焙', api: 'placeOrder', description: '蛋糕面包下单，送到家、外送上门或到店自取，配送到家。' },
      { appId: 'bakery', appName: '麦香烘焙', api: 'listShops', description: '门店列表，外送送到家。', readOnly: true },
      { appId: 'meds', appName: '仁心药房', api: 'createOrder', description: '买药下单：感冒药、止咳药、止痛药。' },
      { appId: 'meds', appName: '仁心药房', api: 'searchMedicines', description: '查药品和价格。', readOnly: true },
    ]);
    expect(routeClause('来一盒止咳药，送到家', shops)).toBe('meds');
    expect(routeClause('get me some cough medicine delivered home', shops)).toBe('meds');
    expect(routeClause('来两个面包，送到家', shops)).toBe('bakery');
  });

  it('takes a remedy asked for a complaint to the one service that sells medicine, over words of fetching another shares', () => {
    // an invented herb counter beside a café and a clinic; the café has a 湖滨 store too
    const shops = testCatalog([
      { appId: 'cafe', appName: '湖畔咖啡', api: 'placeOrder', description: '点咖啡下单，到店自取或外送。Pick up at the store or delivery.' },
      { appId: 'cafe', appName: '湖畔咖啡', api: 'listStores', description: '门店列表：湖滨店 Lakeside store，到店自取 pickup 从这里选门店。', readOnly: true },
      { appId: 'herb', appName: '草本堂', api: 'listHerbs', description: '查中成药和器械：名称、价格。', readOnly: true },
      { appId: 'herb', appName: '草本堂', api: 'buy', description: '买药下单，到店自取或外送。' },
      { appId: 'clinic', appName: '康桥门诊', api: 'bookVisit', description: '预约门诊医生 doctor appointment。' },
    ], { cafe: ['湖畔咖啡·湖滨店', 'Lakeside'] });
    expect(routeClause('Something for a fever please, pickup at Lakeside', shops)).toBe('herb');
    expect(routeClause('孩子拉肚子了，湖滨店买点止泻的', shops)).toBe('herb');
    // a complaint said to see a doctor asks for no remedy
    expect(routeClause('I have a fever, book me a doctor appointment tomorrow', shops)).toBe('clinic');
  });

  it('leaves a landmark only a ride knows for the service the rest of the clause is about', () => {
    const city = testCatalog([
      { appId: 'taxi', appName: '随行打车', api: 'requestRide', description: '叫车：从上车点到目的地，快车专车。' },
      { appId: 'taxi', appName: '随行打车', api: 'listPlaces', description: '常用上车点和目的地。', readOnly: true },
      { appId: 'drugs', appName: '康宁大药房', api: 'searchProducts', description: '查商品、价格和门店库存。', readOnly: true },
      { appId: 'drugs', appName: '康宁大药房', api: 'createOrder', description: '下单，外送或到店自取；口罩按包卖。' },
      { appId: 'coffee', appName: '晨光咖啡', api: 'placeOrder', description: '点咖啡下单，外送到家或到店自取。' },
      { appId: 'rail', appName: '畅行火车票', api: 'searchTrains', description: '查高铁车次、余票和票价。', readOnly: true },
      { appId: 'bills', appName: '生活缴费', api: 'payBill', description: '交水费电费燃气费，话费充值。' },
    ], { taxi: ['静安寺', "Jing'an Temple", '外滩', 'The Bund'], drugs: ['康宁大药房·静安寺店'] });
    expect(routeClause("From the Jing'an Temple store, deliver 4 packs of surgical masks and a box of painkillers", city)).toBe('drugs');
    expect(routeClause("Take me to Jing'an Temple", city)).toBe('taxi');
  });

  it('leaves a landmark only a ride knows where the rest names a thing one other service alone offers, however weakly its words score', () => {
    const town = testCatalog([
      { appId: 'taxi', appName: '随行打车', api: 'requestRide', description: '叫车：从上车点到目的地，快车专车，预约用车。' },
      { appId: 'taxi', appName: '随行打车', api: 'listPlaces', description: '常用上车点和目的地。', readOnly: true },
      { appId: 'studio', appName: '松间运动馆', api: 'listSessions', description: '查询团课课表：按门店、城市、课程类型、教练、日期和开课时间段列出课程，含课程编号、时间、教练、单节价格和剩余名额（约满的也列出并标明）。已开课或开课前半小时停止预约的课不列出。课程有瑜伽、普拉提、搏击、单车。只查询，不约课。', readOnly: true },
      { appId: 'studio', appName: '松间运动馆', api: 'bookSession', description: '预约一节课，按人数付款。' },
      { appId: 'studio', appName: '松间运动馆', api: 'listStudios', description: '门店地址和营业时间。', readOnly: true },
      { appId: 'coffee', appName: '晨光咖啡', api: 'placeOrder', description: '点咖啡下单，外送到家或到店自取。' },
      { appId: 'rail', appName: '畅行火车票', api: 'searchTrains', description: '查高铁车次、余票和票价。', readOnly: true },
      { appId: 'bills', appName: '生活缴费', api: 'payBill', description: '交水费电费燃气费，话费充值。' },
      { appId: 'hotel', appName: '山居客栈', api: 'searchRooms', description: '查房型、房价和空房，按入住离店日期。', readOnly: true },
      { appId: 'cleaning', appName: '洁家到家', api: 'createBooking', description: '预约上门保洁服务，擦玻璃、油烟机清洗。' },
    ], { taxi: ['青屿广场', '东港码头'] });
    expect(routeClause('青屿广场那边周六的瑜伽，帮我和朋友约上', town)).toBe('studio');
    expect(routeClause('帮我约个车去青屿广场', town)).toBe('taxi');
  });

  it('keeps the service a store is named of where the rest names another thing it lists, however it is sent', () => {
    const town = testCatalog([
      { appId: 'parcel', appName: '速达快递', api: 'shipParcel', description: '寄快递：同城、跨城快递，上门取件，运费报价。' },
      { appId: 'parcel', appName: '速达快递', api: 'trackParcel', description: '按快递单号查物流。', readOnly: true },
      { appId: 'teas', appName: '茗香茶庄', api: 'listTeas', description: '查茶叶和价格。', readOnly: true },
      { appId: 'teas', appName: '茗香茶庄', api: 'placeOrder', description: '买茶下单，外送或到店自取。' },
    ], { teas: ['茗香茶庄·河西码头店', '龙井', '普洱'] });
    expect(routeClause('从河西码头店快递两罐龙井到湖墅南路100号，邮费多少', town)).toBe('teas');
    expect(routeClause('寄个快递到湖墅南路100号，邮费多少', town)).toBe('parcel');
  });

  it('answers a question with the list that names what it asks about, not a quote that must ask which store first', () => {
    const drugs = testCatalog([
      { appId: 'drugs', appName: '康宁大药房', api: 'listStores', description: '查询门店：门店ID、地址、营业时间。', readOnly: true },
      { appId: 'drugs', appName: '康宁大药房', api: 'searchProducts', description: '按名称、俗称查商品：productId、规格、价格、是否有货。', readOnly: true,
        inputSchema: { type: 'object', properties: { keyword: { type: 'string' } } } },
      { appId: 'drugs', appName: '康宁大药房', api: 'quoteOrder', description: '计算一单的价格，用户只问多少钱而没有说要买时用它。', readOnly: true,
        inputSchema: { type: 'object', required: ['storeId'], properties: { storeId: { type: 'string', description: '门店ID，来自 listStores' } } } },
      { appId: 'drugs', appName: '康宁大药房', api: 'getOrderStatus', description: '查询用户的订单及状态。', readOnly: true },
      { appId: 'drugs', appName: '康宁大药房', api: 'createOrder', description: '下单。' },
    ], { 'drugs.listStores': ['康宁大药房·静安寺店', '康宁大药房·徐家汇店'], 'drugs.searchProducts': ['蒙脱石散（思密达）', '思密达', '开瑞坦'] });
    expect(planGoals('思密达跟开瑞坦的价格各是多少？', drugs, {}).map((g) => g.toolId)).toEqual(['drugs.searchProducts']);
    // a store said, the quote needs nothing chosen
    expect(planGoals('静安寺店买两盒思密达一共多少钱？先不买', drugs, {}).map((g) => g.toolId)).toEqual(['drugs.quoteOrder']);
  });

  it('answers a question that says no dates from the list that names the thing, not from a search that must ask the dates', () => {
    const hotels = testCatalog([
      { appId: 'stay', appName: '悦途酒店', api: 'listHotels', description: '列出酒店、地址、房型和每晚价格、早餐价格。', readOnly: true },
      { appId: 'stay', appName: '悦途酒店', api: 'searchRooms', description: '查入住离店日期间各房型是否有房、每晚价格和总价（可含早餐）。用户只问价格、早餐多少钱时用它。', readOnly: true,
        inputSchema: { type: 'object', required: ['hotelId', 'checkIn', 'checkOut'], properties: {
          hotelId: { type: 'string', description: '酒店ID，来自 listHotels' }, checkIn: { type: 'string', description: '入住日期 YYYY-MM-DD' }, checkOut: { type: 'string', description: '离店日期 YYYY-MM-DD' } } } },
      { appId: 'stay', appName: '悦途酒店', api: 'createBooking', description: '预订酒店。' },
    ], { 'stay.listHotels': ['悦途酒店·上海外滩店', '高级大床房', '江景大床房', '行政套房', '悦途酒店·北京国贸店', '悦途酒店·上海虹桥枢纽店'] });
    expect(planGoals('外滩那家酒店的早餐价格多少钱一位？', hotels, {}).map((g) => g.toolId)).toEqual(['stay.listHotels']);
    expect(planGoals('外滩那家酒店周六住一晚多少钱？', hotels, {}).map((g) => g.toolId)).toEqual(['stay.searchRooms']);
  });

  it('takes an English word for one kind of thing only one service sells over the words of fetching it', () => {
    const shops = testCatalog([
      { appId: 'coffee', appName: 'Morning Coffee', api: 'placeOrder', description: 'Order coffee for delivery from a store or pickup at the store.' },
      { appId: 'drugs', appName: '康宁大药房', api: 'searchProducts', description: '查商品：体温计、口罩、感冒药。', readOnly: true },
      { appId: 'drugs', appName: '康宁大药房', api: 'createOrder', description: '买药下单，外送或自取。' },
    ]);
    expect(routeClause('Please deliver a thermometer from your store to my place', shops)).toBe('drugs');
    expect(routeClause('Please deliver a latte from your store to my place', shops)).toBe('coffee');
  });

  it('finds a skill written in Chinese from an English request', () => {
    expect(routeClause('Can someone come clean my place tomorrow at 10am?', catalog)).toBe('cleaning');
  });
});

describe('a question of stores in a city', () => {
  const shops = testCatalog([
    { appId: 'tea', appName: '茶铺', api: 'listShops', readOnly: true, description: '门店列表：门店地址、营业时间，几点开门几点关门。', inputSchema: { type: 'object', properties: { city: { type: 'string', description: '城市' } } } },
    { appId: 'tea', appName: '茶铺', api: 'orderTea', description: '点茶下单。' },
    { appId: 'herb', appName: '百草堂', api: 'listStores', readOnly: true, description: '查询门店（上海、杭州）：门店ID、地址、营业时间。', inputSchema: { type: 'object', properties: { city: { type: 'string', description: '城市：上海 或 杭州' } } }, outputSchema: { type: 'object', properties: { stores: { type: 'array', items: { type: 'object', properties: { storeId: { type: 'string' }, hours: { type: 'string' } } } } } } },
    { appId: 'herb', appName: '百草堂', api: 'searchRemedies', readOnly: true, description: '搜索药品和价格。', outputSchema: { type: 'object', properties: { remedies: { type: 'array', items: { type: 'object', properties: { remedyId: { type: 'string' }, price: { type: 'number' } } } } } } },
  ]);

  it('goes to the service that says it is in the city named, and asks which of them of the same', () => {
    expect(planGoals('杭州你们那两家店几点关门？我九点半才下班，还赶得上哪家', shops, {}).map((g) => g.toolId)).toEqual(['herb.listStores']);
  });

  it('goes there too where the words of asking fit the other better', () => {
    const apart = testCatalog([
      { appId: 'tea', appName: '茶铺', api: 'listShops', readOnly: true, description: '我们有几家店：门店列表，哪家店几点关门、门店营业时间、门店地址。', inputSchema: { type: 'object', properties: { city: { type: 'string', description: '城市' } } } },
      { appId: 'tea', appName: '茶铺', api: 'orderTea', description: '点茶下单，门店自取。' },
      { appId: 'herb', appName: '百草堂', api: 'listStores', readOnly: true, description: '查询药房（上海、杭州）。', inputSchema: { type: 'object', properties: { city: { type: 'string' } } } },
      { appId: 'herb', appName: '百草堂', api: 'searchRemedies', readOnly: true, description: '搜索药品和价格。' },
    ]);
    expect(planGoals('你们在杭州开了几家店？哪家关门最早', apart, {}).map((g) => g.toolId)).toEqual(['herb.listStores']);
  });

  it('keeps "your stores" with the service just spoken to, as a question of its own where another list answers it', () => {
    expect(planGoals('How much is the herbal tea remedy? And is any of your stores open all night?', shops, {}).map((g) => g.toolId)).toEqual(['herb.searchRemedies', 'herb.listStores']);
  });
});

describe('a request in several clauses', () => {
  it('asks whether the thing just asked about can, of that same thing (「…快递到哪了？今天能送到不」)', () => {
    const goals = planGoals('我那个快递到哪了？今天能送到不', catalog, {});
    expect(goals.map((g) => g.toolId)).toEqual(['express.trackParcel']);
    expect(isActing('今天能送到不')).toBe(false);
    expect(isActing('能帮我送到家吗')).toBe(true);
  });

  it('keeps a clause that goes on from a question with it, as one act (「…吗？有的话来一张」)', () => {
    const goals = planGoals('明天下午三点熊猫快递还有票吗？有的话来一张', catalog, {});
    expect(goals.map((g) => g.toolId)).toEqual(['cinema.createTicketOrder']);
  });

  it('keeps the choice left to the assistant with the request before it, not as a booking elsewhere (「…上午哪个点还能约就约哪个」)', () => {
    const pottery = testCatalog([
      { appId: 'pottery', appName: '泥坊陶艺', api: 'bookCourse', description: '预约一节陶艺课：拉坯、手捏。', inputSchema: { type: 'object', properties: { date: { type: 'string', description: '日期 YYYY-MM-DD' } } } },
      { appId: 'clinic', appName: '社区门诊', api: 'bookDoctor', description: '预约挂号：选医生、上午或下午。', inputSchema: { type: 'object', properties: { period: { type: 'string', description: '上午或下午' } } } },
    ]);
    expect(planGoals('明天上午想上一节拉坯课，我和女儿两个人。上午哪个点还能约就约哪个', pottery, {}).map((g) => g.toolId)).toEqual(['pottery.bookCourse']);
  });

  it('asks when a thing can be had of the thing the question before named, with the API that lists times (「…多少钱？后天还有哪些时段能约」)', () => {
    const pottery = testCatalog([
      { appId: 'pottery', appName: '泥坊陶艺', api: 'listCourses', readOnly: true, description: '查询陶艺课程和价格：每门课多少钱、多长时间。' },
      { appId: 'pottery', appName: '泥坊陶艺', api: 'listOpenTimes', readOnly: true, description: '某门课程某天可约的时间。', inputSchema: { type: 'object', properties: { date: { type: 'string', description: '日期 YYYY-MM-DD' } } } },
      { appId: 'pottery', appName: '泥坊陶艺', api: 'bookCourse', description: '预约一节陶艺课。' },
      { appId: 'clinic', appName: '社区门诊', api: 'listDoctors', readOnly: true, description: '查询医生和可约时间，预约挂号前先查。', inputSchema: { type: 'object', properties: { date: { type: 'string', description: '日期 YYYY-MM-DD' } } } },
    ]);
    const goals = planGoals('陶艺课多少钱？后天还有哪些时段能约？', pottery, {});
    expect(goals.map((g) => g.toolId)).toEqual(['pottery.listCourses', 'pottery.listOpenTimes']);
    expect(goals[1]!.text).toContain('陶艺课');
    const en = planGoals('How much is the wheel class, and which slots are open on Sunday?', pottery, {});
    expect(en.map((g) => g.toolId.split('.')[0])).toEqual(['pottery', 'pottery']);
  });

  it('asks the other list what only its answer says ("…price of X, and what time does it close?")', () => {
    const teas = testCatalog([
      { appId: 'tea', appName: 'Tea Counter', api: 'searchTeas', readOnly: true, description: 'Search the teas by name, with prices.', outputSchema: { type: 'object', properties: { teas: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, price: { type: 'number' } } } } } } },
      { appId: 'tea', appName: 'Tea Counter', api: 'listShops', readOnly: true, description: 'The tea shops: address and opening hours.', outputSchema: { type: 'object', properties: { shops: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, hours: { type: 'string' } } } } } } },
    ], { 'tea.searchTeas': ['Silver Needle'] });
    const goals = planGoals('How much is a pot of Silver Needle, and what time does it close?', teas, {});
    expect(goals.map((g) => g.toolId)).toEqual(['tea.searchTeas', 'tea.listShops']);
  });

  it('reads 「约」 as booking', () => {
    expect(planGoals('约个下周一下午三点的擦玻璃，家里的', catalog, {}).map((g) => g.toolId)).toEqual(['cleaning.createBooking']);
  });
});

describe('the action a request asks of a mini-program', () => {
  it('takes a list that can be asked about the time said over one that cannot', () => {
    expect(planGoals('今晚国贸那边都有啥电影', catalog, {}).map((g) => g.toolId)).toEqual(['cinema.searchShowtimes']);
  });
});

describe('booking is not changing a booking', () => {
  it('takes the API that makes a booking unless the request says to change one', () => {
    expect(planGoals('今天下午三点来家里保洁两小时', catalog, {}).map((g) => g.toolId)).toEqual(['cleaning.createBooking']);
    expect(planGoals('把保洁改到周日下午三点', catalog, {}).map((g) => g.toolId)).toEqual(['cleaning.rescheduleBooking']);
  });
});

describe('a second request in one sentence', () => {
  it('goes to its own service even where it names a place the first one knows', () => {
    expect(planGoals('国贸店自取一杯中杯热美式，再帮我叫个快车从国贸到北京南站', catalog, {}).map((g) => g.toolId.split('.')[0])).toEqual(['coffee', 'taxi']);
  });
});

describe('a request that corrects itself', () => {
  it('reads what follows the correction first', () => {
    const [goal] = planGoals('今天下午三点来家里保洁两小时，哦不对，还是换成三小时吧', catalog, {});
    expect(goal?.toolId).toBe('cleaning.createBooking');
    expect(goal?.answers).toEqual(['三小时吧']);
  });
});

describe('words of asking and doing do not choose the mini-program', () => {
  const rides = testCatalog([
    { appId: 'ride', appName: 'City Rides', api: 'listOptions', description: 'Ride options with a fare estimate for an economy or comfort car from a pickup point to a destination.', readOnly: true },
    { appId: 'ride', appName: 'City Rides', api: 'requestRide', description: 'Request an economy or comfort car from a pickup point to a destination and pay the fare.' },
    { appId: 'utility', appName: '缴费助手', api: 'getBill', description: '查询水电燃气账单：应缴费用、价格、多少钱。', readOnly: true },
    { appId: 'utility', appName: '缴费助手', api: 'payBill', description: '缴纳水电燃气费用。' },
    { appId: 'parcel', appName: '快递查查', api: 'createShipment', description: '寄快递：下单寄件，上门取件。send a parcel' },
  ]);

  it('routes an English price question by the things it names, not by the Chinese for "how much"', () => {
    expect(routeClause('How much would a comfort car from Xujiahui to Wujiaochang cost?', rides)).toBe('ride');
  });

  it('reads 「分别叫什么」 as asking the names of the things just asked about, not a car called', () => {
    const innAndTaxi = testCatalog([
      { appId: 'inn', appName: '青屿客栈', api: 'listRooms', readOnly: true, description: '青屿客栈各店的房型、可住人数和价格。' },
      { appId: 'taxi', appName: '随行打车', api: 'requestAndPay', description: '叫车：快车、专车，从上车点到目的地。' },
    ]);
    expect(planGoals('青屿客栈哪些分店有四人间？都叫什么名字？', innAndTaxi, {}).map((g) => g.toolId)).toEqual(['inn.listRooms']);
  });

  it('reads 「我先看看，别急着买」 as a limit on the question before, not a request of its own', () => {
    const goals = planGoals('周日想陪爸妈看场电影，最便宜的是哪场？几点开始？不着急买，先了解下', catalog, {});
    expect(goals.map((g) => g.toolId)).toEqual(['cinema.searchShowtimes']);
  });

  it('reads "don\'t book it" as a limit on the request, not a second request nor an act', () => {
    const goals = planGoals("How much would a comfort car from Xujiahui to Wujiaochang cost? Just the price, don't book it.", rides, {});
    expect(goals.map((g) => g.toolId)).toEqual(['ride.listOptions']);
    expect(isActing('只问个价，先别下单')).toBe(false);
    expect(isActing('分别订两张')).toBe(true);
    // 「要」 said of a thing wants it; 「要不要」「需要」「要多久」 ask
    expect(isActing('我跟老婆俩人，要黄金座')).toBe(true);
    expect(isActing('我想要两张')).toBe(true);
    expect(isActing('要不要提前取票')).toBe(false);
    expect(isActing('需要带身份证')).toBe(false);
    expect(isActing('要多久能到')).toBe(false);
    expect(isActing('做深度保洁得多少钱？要干几个小时？')).toBe(false);
    // 「想看」「想住」 want it done; 「想看看有什么」 asks
    expect(isActing('明天想看深海回声')).toBe(true);
    expect(isActing('下周三想在国贸那边住一晚')).toBe(true);
    expect(isActing('想看看明天有什么电影')).toBe(false);
    expect(isActing('Regular 2-hour clean on Sunday at 3pm, and have them do the range hood as well')).toBe(true);
    // asking someone to come and do it, or a polite question that asks it done
    expect(isActing('明天下午3点到公司来做个3小时的日常保洁')).toBe(true);
    expect(isActing('Can someone clean my apartment Sunday at 10am for 2 hours?')).toBe(true);
    expect(isActing('Can you tell me how much a deep clean costs?')).toBe(false);
    expect(isActing('做个深度保洁要多久')).toBe(false);
    expect(isActing('武林广场店帮我备两盒芬必得，我待会儿自己去拿')).toBe(true);
    expect(isActing('还有空位不？有的话帮我占一个')).toBe(true);
  });
});

describe('what acts', () => {
  it('reads a stay said for a price question as what is asked about (「…住两晚，大床房就行，多少钱」), a stay said alone as booking', () => {
    expect(isActing('下个月3号到5号在西港住两晚，大床房就行，多少钱')).toBe(false);
    expect(isActing('two nights at the harbour inn next week, how much for a king room?')).toBe(false);
    expect(isActing('下周五西港那家住两晚')).toBe(true);
    expect(isActing('住两晚多少钱？合适就帮我订一间')).toBe(true);
  });

  it('reads a count of tickets or a 「来…」 with a count as an order, and a question about them as none', () => {
    expect(isActing('国贸今晚的那部电影，三张连座的')).toBe(true);
    expect(isActing('中关村今晚七点那场，来三张')).toBe(true);
    expect(isActing('Two seats for the late show please')).toBe(true);
    expect(isActing('One night in a family room please, no breakfast.')).toBe(true);
    expect(isActing('Can you tell me the breakfast hours please?')).toBe(false);
    expect(isActing('三张多少钱')).toBe(false);
    expect(isActing('还剩几张')).toBe(false);
  });
});

describe('a request about what the conversation just did', () => {
  it('goes to the mini-program of the last goal when it names no service of its own', () => {
    expect(planGoals('不好意思，刚才那单取消吧', catalog, {}, 'cleaning')[0]?.toolId.split('.')[0]).toBe('cleaning');
    expect(planGoals('Sorry, please cancel it', catalog, {}, 'cleaning')[0]?.toolId.split('.')[0]).toBe('cleaning');
    expect(planGoals('不好意思，刚才那单取消吧', catalog, {})).toEqual([]);
  });

  it('keeps an undo of the booking just made with its mini-program, whatever else its words match', () => {
    const apps = testCatalog([
      { appId: 'stay', appName: '安居酒店', api: 'bookRoom', description: '预订酒店房间。' },
      { appId: 'stay', appName: '安居酒店', api: 'cancelReservation', description: '取消酒店预订并退款。' },
      { appId: 'clinic', appName: 'Care Clinic', api: 'listClinics', description: 'Clinics: when something came up, the time past, what you can see, free walk-in.', readOnly: true },
      { appId: 'clinic', appName: 'Care Clinic', api: 'cancelVisit', description: 'Cancel a clinic visit.' },
    ]);
    const text = "Something came up - cancel the booking please. I know it's past the free time, just refund what you can.";
    expect(planGoals(text, apps, {}, 'stay').map((g) => g.toolId)).toEqual(['stay.cancelReservation']);
    // a service named is that service's undo
    expect(planGoals('Cancel the booking at Care Clinic please', apps, {}, 'stay')[0]?.toolId).toBe('clinic.cancelVisit');
  });

  it('reads 「帮我退了」 as undoing it', () => {
    const tickets = testCatalog([
      { appId: 'train', appName: '火车票', api: 'searchTrains', description: '查询车次和余票。', readOnly: true },
      { appId: 'train', appName: '火车票', api: 'bookTickets', description: '购买火车票，锁座下单。' },
      { appId: 'train', appName: '火车票', api: 'refundTicket', description: '退票：按退票规则退回票款。' },
    ]);
    expect(planGoals('行程有变，刚买的这张帮我退了', tickets, {}, 'train').map((g) => g.toolId)).toEqual(['train.refundTicket']);
  });
});

describe('a value only one mini-program takes', () => {
  it('routes a code that fits one parameter pattern in full, and not one many take', () => {
    const coded = testCatalog([
      { appId: 'parcel', appName: '包裹', api: 'trackParcel', description: '查物流。', readOnly: true, inputSchema: { type: 'object', properties: { number: { type: 'string', pattern: '^[A-Za-z]{2,4}[0-9]{8,14}$' } } } },
      { appId: 'phone', appName: '话费', api: 'topUp', description: '充话费。', inputSchema: { type: 'object', properties: { phone: { type: 'string', pattern: '^1\\d{10}$' } } } },
      { appId: 'mail', appName: '寄件', api: 'ship', description: '寄件。', inputSchema: { type: 'object', properties: { phone: { type: 'string', pattern: '^1\\d{10}$' } } } },
    ]);
    expect(routeClause('Track JD5544332211', coded)).toBe('parcel');
    expect(routeClause('13912345678', coded)).toBeUndefined();
  });
});

describe('an order and its undo in one request', () => {
  const shop = testCatalog([
    { appId: 'shop', appName: '康宁药房', api: 'createOrder', description: '为用户生成一笔待支付的买药订单。' },
    { appId: 'shop', appName: '康宁药房', api: 'cancelOrder', description: '取消用户的一笔订单，已支付的退款。' },
    { appId: 'shop', appName: '康宁药房', api: 'getOrderStatus', description: '查询订单状态。', readOnly: true },
    { appId: 'ride', appName: '随行打车', api: 'requestRide', description: '叫车：从上车点到目的地。' },
  ], { shop: ['蒙脱石散（思密达）', '思密达', '康宁药房·武林店'] });

  it('makes the undo a goal after the order (「买一盒…，付完款再帮我把这单取消」)', () => {
    const goals = planGoals('在武林店买一盒思密达自取。付完款你再帮我把这单取消退掉', shop, {});
    expect(goals.map((g) => g.toolId)).toEqual(['shop.createOrder', 'shop.cancelOrder']);
  });

  it('reads each sentence on its own, the undo after the order (「…两个人。付完马上帮我取消」, "… 2 people. Once it\'s paid, cancel it")', () => {
    expect(planGoals('买两盒思密达，武林店自取。付完马上帮我取消，行程可能要变', shop, {}).map((g) => g.toolId)).toEqual(['shop.createOrder', 'shop.cancelOrder']);
    expect(planGoals("Buy two boxes of 思密达 for pickup. Once it's paid, cancel it please, my plans changed.", shop, {}).map((g) => g.toolId)).toEqual(['shop.createOrder', 'shop.cancelOrder']);
  });

  it('keeps a question about undoing with the order (「取消要扣钱吗」)', () => {
    const goals = planGoals('买一盒思密达，再帮我看看取消要扣钱吗', shop, {});
    expect(goals.map((g) => g.toolId)).toEqual(['shop.createOrder']);
  });
});

describe('a question that names nothing before the request it is about', () => {
  it('reads "Until when can I cancel for free?" with the booking after it', () => {
    const stays = testCatalog([
      { appId: 'stay', appName: '悦途酒店', api: 'createBooking', description: '预订酒店房间（大床房、双床房），生成待支付订单。' },
      { appId: 'stay', appName: '悦途酒店', api: 'cancelBooking', description: '取消一笔酒店预订。' },
      { appId: 'clinic', appName: '健康挂号', api: 'cancelAppointment', description: '取消挂号预约，退还挂号费。' },
      { appId: 'clinic', appName: '健康挂号', api: 'bookAppointment', description: '预约挂号：医院、科室、医生。' },
    ], { stay: ['悦途酒店·上海虹桥枢纽店'] });
    const goals = planGoals('Until when can I cancel for free? If that works, book me a king room at Hongqiao for December 8th, one night.', stays, {});
    expect(goals.map((g) => g.toolId)).toEqual(['stay.createBooking']);
  });
});

describe('a choice among what the clause before named', () => {
  it('keeps "the cheaper one" with the service that named both, whatever else its words fit', () => {
    const goals = planGoals('Which is cheaper, Fenbid or Tylenol? Get me one box of the cheaper one for pickup at the Wulin store.', testCatalog([
      { appId: 'drugs', appName: '康宁大药房', api: 'createOrder', description: '买药下单：非处方药，外送或到店自取。' },
      { appId: 'drugs', appName: '康宁大药房', api: 'searchProducts', description: '按名称查药品、价格。', readOnly: true },
      { appId: 'coffee', appName: '晨光咖啡', api: 'placeOrder', description: '点咖啡下单，到店自取或外送。门店自取，到店取餐。' },
      { appId: 'coffee', appName: '晨光咖啡', api: 'listStores', description: '门店列表，到店自取从这里选门店。', readOnly: true },
    ]), {});
    expect(goals.map((g) => g.toolId.split('.')[0])).toEqual(['drugs']);
  });
});

describe('a question before the clause that names its thing', () => {
  const stays = testCatalog([
    { appId: 'hotel', appName: '悦途酒店', api: 'createBooking', description: '预订酒店房间：选择酒店、房型、入住和离店日期，可加早餐。' },
    { appId: 'hotel', appName: '悦途酒店', api: 'searchRooms', description: '查询房型空房和价格。', readOnly: true },
    { appId: 'clinic', appName: '健康医院', api: 'listDoctors', description: 'Appointments: doctors free for booking on a date; cancel for free until the day before.', readOnly: true },
    { appId: 'clinic', appName: '健康医院', api: 'bookAppointment', description: 'Book an appointment with a doctor; free cancellation.' },
  ]);

  it('is about that thing, whatever words of asking it shares with another service', () => {
    const goals = planGoals('Until when can I cancel for free? If that works, book me a king room for December 8th, one night, with breakfast.', stays, {});
    expect(goals.map((g) => g.toolId)).toEqual(['hotel.createBooking']);
  });
});

describe('a way of doing it said on its own', () => {
  const shops = testCatalog([
    { appId: 'pharmacy', appName: '康宁大药房', api: 'createOrder', description: '下单买药，外送或到店自取。', inputSchema: { type: 'object', properties: { fulfilment: { type: 'string', enum: ['delivery', 'pickup'], description: 'delivery=外送，pickup=到店自取' } } } },
    { appId: 'taxi', appName: '随行打车', api: 'requestRide', description: 'Request a car: pick up point to destination; the driver will pick you up.' },
  ]);

  it("stays with the request it is about (「I'll pick it up myself」 after an order, whatever a ride service says of picking up)", () => {
    const goals = planGoals("帮我在徐家汇店买一盒布洛芬？I'll pick it up myself", shops, {});
    expect(goals.map((g) => g.toolId)).toEqual(['pharmacy.createOrder']);
    expect(goals[0]!.text).toMatch(/pick it up/);
  });
});

describe('a street address in a request', () => {
  const near = testCatalog([
    { appId: 'cinema', appName: '星光影城', api: 'createTicketOrder', description: '为一个场次生成电影票订单：国贸店、中关村店。' },
    { appId: 'cinema', appName: '星光影城', api: 'listCinemas', description: '影城门店：海淀区中关村大街、海淀区中关村南大街。', readOnly: true },
    { appId: 'cleaning', appName: '洁家到家', api: 'createBooking', description: '预约上门保洁：擦窗户。' },
  ], { cinema: ['星光影城·中关村店'] });

  it('says where, not which service: a place inside it that another service lists does not route there', () => {
    expect(routeClause('帮我约个擦窗户，周日上午，地址海淀区中关村南大街5号', near)).toBe('cleaning');
    expect(routeClause('周日上午中关村店的电影', near)).toBe('cinema');
  });
});

describe('a question about what a named thing leads to', () => {
  const films = testCatalog([
    { appId: 'cinema', appName: '星光影城', api: 'searchFilms', description: '查询在映影片。', readOnly: true, inputSchema: { type: 'object', properties: { date: { type: 'string' } } } },
    { appId: 'cinema', appName: '星光影城', api: 'searchShowtimes', description: '查询某部影片的场次。', readOnly: true, inputSchema: { type: 'object', properties: { filmId: { type: 'string', description: '影片ID，来自 searchFilms' } } } },
    { appId: 'cinema', appName: '星光影城', api: 'createTicketOrder', description: '为一个场次生成电影票订单。' },
  ], { cinema: ['消失的证人', 'The Missing Witness'] });

  it('is answered by the list that takes the named thing, not by the list that names it', () => {
    const [goal] = planGoals('今晚消失的证人在影城几点放映？', films, {});
    expect(goal?.toolId).toBe('cinema.searchShowtimes');
    expect(planGoals('今天影城在映哪些影片？', films, {})[0]?.toolId).toBe('cinema.searchFilms');
  });

  it('is answered by that list too where the thing is described, not named, and asked when it is on', () => {
    expect(planGoals('今晚影城那部讲法庭的犯罪影片几点放？', films, {})[0]?.toolId).toBe('cinema.searchShowtimes');
    expect(planGoals('What time is the crime film on at the cinema tonight?', films, {})[0]?.toolId).toBe('cinema.searchShowtimes');
    expect(planGoals('今晚影城还有哪些片子？', films, {})[0]?.toolId).toBe('cinema.searchFilms');
  });

  it('is answered by the showings where a place the film list cannot be asked by is named (「后天国贸那边有哪些电影」)', () => {
    const halls = testCatalog([
      { appId: 'cinema', appName: '星光影城', api: 'searchFilms', description: '查询在映影片。', readOnly: true, inputSchema: { type: 'object', properties: { date: { type: 'string' } } } },
      { appId: 'cinema', appName: '星光影城', api: 'listCinemas', description: '影城列表。', readOnly: true },
      { appId: 'cinema', appName: '星光影城', api: 'searchShowtimes', description: '查询场次。', readOnly: true, inputSchema: { type: 'object', properties: { filmId: { type: 'string', description: '影片ID，来自 searchFilms' }, cinemaId: { type: 'string', description: '影城ID，来自 listCinemas' } } } },
      { appId: 'cinema', appName: '星光影城', api: 'createTicketOrder', description: '为一个场次生成电影票订单。' },
    ], { 'cinema.searchFilms': ['灯塔守望者', 'The Lighthouse Keeper'], 'cinema.listCinemas': ['星光影城·河西店'], 'cinema.searchShowtimes': ['灯塔守望者', '星光影城·河西店'] });
    expect(planGoals('后天下午有哪些影片？河西店那边', halls, {})[0]?.toolId).toBe('cinema.searchShowtimes');
    expect(planGoals('后天下午有哪些影片？', halls, {})[0]?.toolId).toBe('cinema.searchFilms');
    expect(planGoals('Is The Lighthouse Keeper on anywhere on Sunday?', halls, {})[0]?.toolId).toBe('cinema.searchShowtimes');
  });

  it('is asked whether there is one at a time said (「明天下午有X吗」), not what it is', () => {
    expect(planGoals('明天下午影城有消失的证人吗', films, {})[0]?.toolId).toBe('cinema.searchShowtimes');
    expect(planGoals('消失的证人是什么类型的片子', films, {})[0]?.toolId).toBe('cinema.searchFilms');
  });
});

describe('a request that acts, in a catalog of one mini-program', () => {
  const pharmacy = testCatalog([
    { appId: 'pharmacy', appName: '康宁大药房', api: 'searchProducts', description: '用户要买任何药（泰诺林、芬必得、口罩）都先用它查商品、门店和价格；泰诺林即对乙酰氨基酚，按盒卖，一盒一盒买。', readOnly: true },
    { appId: 'pharmacy', appName: '康宁大药房', api: 'createOrder', description: '用户要买药时，为用户生成一笔待支付订单（外送或到店自取）。' },
    { appId: 'pharmacy', appName: '康宁大药房', api: 'cancelOrder', description: '取消一笔订单。' },
  ], { pharmacy: ['对乙酰氨基酚片（泰诺林）', '布洛芬缓释胶囊（芬必得）'] });

  it('is for the API that acts, however much more a list that names the thing scores', () => {
    expect(planGoals('静安寺店买一盒泰诺林', pharmacy, {})[0]?.toolId).toBe('pharmacy.createOrder');
    expect(planGoals('泰诺林多少钱？', pharmacy, {})[0]?.toolId).toBe('pharmacy.searchProducts');
    expect(planGoals('把泰诺林那单取消', pharmacy, {})[0]?.toolId).toBe('pharmacy.cancelOrder');
  });
});

describe('checking out', () => {
  it('is no refund (「周三入住周五退房」), while 「退了」 is', () => {
    expect(asksToUndo('虹桥那家双床房一间，周三入住周五退房')).toBe(false);
    expect(asksToUndo('把那单退了')).toBe(true);
  });
});

describe('a question about what the clause before named', () => {
  const post = testCatalog([
    { appId: 'post', appName: '邮差', api: 'trackLetter', description: '查询挂号信和包裹的投递进度 letter parcel delivery progress, signature', readOnly: true, inputSchema: { type: 'object', properties: { number: { type: 'string', pattern: '^PX\\d{5}$' } } } },
    { appId: 'table', appName: '订座', api: 'reserveTable', description: '餐厅订座：选择时间 what time, how many people' },
  ]);

  it('stays with that service where it says "it" and names nothing of its own', () => {
    const goals = planGoals('my parcel PX12345 says arrived yesterday. what time did it get there?', post, {});
    expect(goals.map((g) => g.toolId)).toEqual(['post.trackLetter']);
  });
});

describe('details of the request before, in a sentence of their own', () => {
  const post = testCatalog([
    { appId: 'post', appName: '邮差', api: 'sendLetter', description: '寄信、寄包裹 send a letter or parcel to someone' },
    { appId: 'clinic', appName: '诊所', api: 'bookDoctor', description: '预约医生 book a doctor' },
  ], { clinic: ['Dr. Tom Li', '李涛'] });

  it('stay with it, whatever a name in them fits', () => {
    const goals = planGoals('I want to send a parcel to my cousin. His name is Tom Li, 13912340000', post, {});
    expect(goals.map((g) => g.toolId)).toEqual(['post.sendLetter']);
    expect(goals[0]?.text).toContain('Tom Li');
  });
});

describe('a price limit in a sentence of its own', () => {
  const inn = testCatalog([
    { appId: 'inn', appName: '青屿客栈', api: 'bookRoom', description: '预订客栈房间 reserve a room at the inn' },
    { appId: 'phone', appName: '话费充值', api: 'topUp', description: '手机话费充值：充多少元就到账多少 top up a phone; the total in yuan stays on the account, only whole amounts' },
  ]);

  it('stays with the request before, whatever service an amount of money fits', () => {
    const last = { appId: 'inn', text: 'Sea view king at Qingyu Inn for Saturday night, just me.' };
    expect(stays('Only book it if the total stays under 450 yuan.', last, inn)).toBe(true);
    expect(stays('要是低于450块就帮我订', { appId: 'inn', text: '青屿客栈周六住一晚海景大床房' }, inn)).toBe(true);
  });

  it('limits the request before, not a top-up of that amount', () => {
    const goals = planGoals('Sea view king at Qingyu Inn for Saturday night, just me. Only book it if the total stays under 450 yuan.', inn, {});
    expect(goals.map((g) => g.toolId)).toEqual(['inn.bookRoom']);
    expect(planGoals('青屿客栈周六住一晚海景大床房。要是低于450块就帮我订', inn, {}).map((g) => g.toolId)).toEqual(['inn.bookRoom']);
  });
});

describe('one of the thing the clause before named ("the Friday night one")', () => {
  const halls = testCatalog([
    { appId: 'opera', appName: '江畔剧院', api: 'listPerformances', description: '查询演出场次：开演时间、散场时间、票价。', readOnly: true },
    { appId: 'opera', appName: '江畔剧院', api: 'buyTickets', description: '购买演出门票。' },
    { appId: 'opera', appName: '江畔剧院', api: 'listShows', description: '查询在演剧目：剧名、时长。', readOnly: true },
    { appId: 'ride', appName: '快滴', api: 'callCar', description: 'Call a car: pick up, get out at the destination, Riverside and Old Town.' },
  ], { opera: ['The Winter Lantern', '冬日灯笼'] });

  it('stays with that thing, whatever a place or a verb in it fits elsewhere', () => {
    const goals = planGoals('how long is The Winter Lantern, and what time does the Friday night one at Riverside get out?', halls, {});
    expect(goals.map((g) => g.toolId.split('.')[0])).toEqual(['opera']);
    const zh = planGoals('冬日灯笼要演多久？周五晚上江畔那场几点散场？', halls, {});
    expect(zh.map((g) => g.toolId.split('.')[0])).toEqual(['opera']);
  });

  it('reads a count of one as no pointer', () => {
    expect(planGoals('how long is The Winter Lantern? and call a car for one to Old Town', halls, {}).map((g) => g.toolId.split('.')[0])).toEqual(['opera', 'ride']);
  });
});

describe('what the person is up to, said beside a request', () => {
  const both = testCatalog([
    { appId: 'opera', appName: '江畔剧院', api: 'listShows', description: '查询在演剧目：剧名、时长。', readOnly: true },
    { appId: 'food', appName: '好饭', api: 'bookTable', description: 'Book a restaurant table for dinner or lunch; deposit.' },
  ], { opera: ['The Winter Lantern', '冬日灯笼'] });

  it('asks no service of its own', () => {
    expect(planGoals('how long is The Winter Lantern? trying to plan dinner', both, {}).map((g) => g.toolId)).toEqual(['opera.listShows']);
    expect(planGoals('冬日灯笼演多久？想安排一下晚饭', both, {}).map((g) => g.toolId)).toEqual(['opera.listShows']);
    expect(planGoals('how long is The Winter Lantern? and book dinner for two at 6', both, {}).map((g) => g.toolId)).toEqual(['opera.listShows', 'food.bookTable']);
  });
});

describe('what a film is about, said to pick it out', () => {
  const apps = testCatalog([
    { appId: 'screen', appName: '银幕', api: 'searchFilms', description: '查询在映影片：片名、类型（动画、喜剧）、片长。', readOnly: true },
    { appId: 'screen', appName: '银幕', api: 'buyTickets', description: '购买电影票。' },
    { appId: 'meals', appName: '饭来了', api: 'orderTakeaway', description: '点外卖：送外卖到家，外卖小哥配送。' },
  ], { screen: ['银幕·河西店', '银幕·城东店'] });

  it('routes by the film, not by the service its story is about', () => {
    expect(routeClause('周末想带孩子去河西那家看那个小狐狸送外卖的动画片，有场吗', apps)).toBe('screen');
    expect(routeClause('帮我点个外卖，送到家', apps)).toBe('meals');
  });
});

describe('a clause that only looks like what the person is up to', () => {
  it('is still a request of its own ("checking in …")', () => {
    const apps = testCatalog([
      { appId: 'opera', appName: '江畔剧院', api: 'listShows', description: '查询在演剧目：剧名、时长。', readOnly: true },
      { appId: 'inn', appName: '湖畔客栈', api: 'bookRoom', description: 'Book a room: check in and check out dates, nights.' },
    ], { opera: ['The Winter Lantern'] });
    expect(planGoals('how long is The Winter Lantern? checking in at the inn on Friday for two nights', apps, {}).map((g) => g.toolId)).toEqual(['opera.listShows', 'inn.bookRoom']);
    expect(planGoals('how long is The Winter Lantern? just checking', apps, {}).map((g) => g.toolId)).toEqual(['opera.listShows']);
  });
});

describe('a view said in English', () => {
  it('names no service: "a sea-view room at the hotel" is the stay, not the place with a view', () => {
    const views = testCatalog([
      { appId: 'food', appName: '临窗小馆', api: 'listTables', description: '海景餐位、窗边座位，订座。', readOnly: true },
      { appId: 'food', appName: '临窗小馆', api: 'bookTable', description: '海景餐位订座，付定金。' },
      { appId: 'stay', appName: '安眠旅舍', api: 'listRooms', description: '查询旅舍和房型、每晚价格。', readOnly: true },
      { appId: 'stay', appName: '安眠旅舍', api: 'bookRoom', description: '预订酒店房间，生成待支付订单。' },
    ]);
    expect(routeClause('Book me a sea-view room at the harbour hotel for one night, two guests', views)).toBe('stay');
  });
});

describe('a question of its own after a request to the same mini-program', () => {
  it('is a goal of its own, answered by the API that reads what it asks about', () => {
    expect(planGoals('周六晚上熊猫快递订两张票。另外小食有哪些，多少钱？', catalog, {}).map((g) => g.toolId)).toEqual(['cinema.createTicketOrder', 'cinema.listSnacks']);
  });

  it('is not split from the request it asks about', () => {
    expect(planGoals('周六晚上熊猫快递还有票吗？多少钱一张？', catalog, {}).map((g) => g.toolId)).toEqual(['cinema.searchShowtimes']);
  });
});

describe('a question that says only the thing it is now asked of (「…呢」)', () => {
  const ferry = testCatalog([
    { appId: 'ferry', appName: '海湾轮渡', api: 'listSailings', readOnly: true, description: '查班次和舱位票价：观景舱、普通舱。' },
    { appId: 'ferry', appName: '海湾轮渡', api: 'listMeals', readOnly: true, description: '船上餐食（盒饭、泡面、热饮）和价格。', outputSchema: { type: 'object', properties: { meals: { type: 'array', items: { type: 'object', properties: { mealId: { type: 'string' }, name: { type: 'string' }, price: { type: 'number' } } } } } } },
  ]);

  it('is a goal of its own, answered by the API that lists that thing', () => {
    expect(planGoals('东港观景舱多少钱？盒饭呢', ferry, {}).map((g) => [g.toolId, g.text])).toEqual([['ferry.listSailings', '东港观景舱多少钱？'], ['ferry.listMeals', '盒饭呢']]);
  });
});

describe('a question that sets the thing just asked about against another (「…比普通的双床房贵多少」)', () => {
  // an invented inn whose bookings list speaks of differences in price too
  const inn = testCatalog([
    { appId: 'inn', appName: '青屿客栈', api: 'searchRooms', readOnly: true, description: '查某天各房型是否有房、每晚价格和总价，不预订。' },
    { appId: 'inn', appName: '青屿客栈', api: 'listMyStays', readOnly: true, description: '查看我在青屿客栈的预订及状态：改期后比原来贵多少、现在取消要扣多少。' },
  ], { 'inn.searchRooms': ['海景大床房', '园景双床房'] });

  it('is the same question, not one of its own for another list', () => {
    expect(planGoals('周六海景房多少钱？比普通的双床房贵多少？', inn, {}).map((g) => g.toolId)).toEqual(['inn.searchRooms']);
  });
});

describe('a sentence that only says when, as early or as late as can be', () => {
  it('is a detail of the request before it, not a request of its own (「…今天能来人吗？越早越好」)', () => {
    const catalog = testCatalog([
      { appId: 'tidy', appName: '整理到家', api: 'book', description: '上门整理收纳预约，按小时', inputSchema: { type: 'object', properties: { date: { type: 'string' } } } },
      { appId: 'eat', appName: '小馆订座', api: 'listTables', readOnly: true, description: '餐厅订座，越早订越好' },
    ]);
    expect(planGoals('今天能来人帮我整理收纳吗？越早越好', catalog, {}).map((g) => g.toolId)).toEqual(['tidy.book']);
  });
});

describe('a sentence that only says how long or how big', () => {
  it('is a detail of the request before it, not a request of its own ("Two hours is enough.")', () => {
    const catalog = testCatalog([
      { appId: 'tidy', appName: '整理到家', api: 'book', description: '上门整理收纳预约，按小时', inputSchema: { type: 'object', properties: { date: { type: 'string' } } } },
      { appId: 'cafe', appName: '咖啡馆', api: 'listStores', readOnly: true, description: '门店营业时间 opening hours' },
    ]);
    const goals = planGoals('Can someone come and tidy my flat on Sunday morning? Two hours is enough.', catalog, {});
    expect(goals.map((g) => g.toolId)).toEqual(['tidy.book']);
    expect(goals[0]?.text).toContain('Two hours');
  });
});

describe('a second choice said with the first', () => {
  it('is the act wanted first, whatever a word of the second makes of the whole (「…约不上就改下午一点」 books, it changes no booking)', () => {
    const goals = planGoals('周六上午十点来家里做个保洁；十点要是约不上就改下午一点', catalog, {}, undefined);
    expect(goals.map((g) => [g.toolId, !!g.firstChoice, !!g.orElse])).toEqual([['cleaning.createBooking', true, false], ['cleaning.createBooking', false, true]]);
  });

  it('is asked with the first where both are questions of one list (「…还有吗？没有的话…多少钱，先问问」)', () => {
    const inn = testCatalog([
      { appId: 'inn', appName: '青屿客栈', api: 'searchRooms', readOnly: true, description: '查某几晚各房型是否有房、每晚价格和总价，不预订。' },
      { appId: 'inn', appName: '青屿客栈', api: 'listInns', readOnly: true, description: '列出青屿客栈的门店、房型和参考价格。' },
      { appId: 'inn', appName: '青屿客栈', api: 'bookRoom', description: '预订客栈房间，生成待支付订单。' },
    ], { 'inn.searchRooms': ['海景大床房', '园景双床房'] });
    const goals = planGoals('下周五青屿客栈的海景房住两晚还有吗？没有的话园景双床房两晚多少钱，先问问不订', inn, {});
    expect(goals).toHaveLength(1);
    expect(goals[0]!.toolId).not.toBe('inn.bookRoom');
    expect(goals[0]!.text).toContain('海景房住两晚还有吗');
    expect(goals[0]!.text).toContain('园景双床房两晚多少钱');
  });
});

describe('an act said alone after what it is for', () => {
  // an invented pottery studio, whose pack's example opens the way any request does
  const studio = testCatalog([
    { appId: 'clay', appName: 'Clay House 陶坊', api: 'listSessions', description: '查陶艺课表：按日期和时段列出课程。Example: "Any wheel sessions on Saturday?"', readOnly: true },
    { appId: 'clay', appName: 'Clay House 陶坊', api: 'bookSession', description: '约一节陶艺课，sessionId 来自 listSessions。Example: "Book me into the Saturday wheel session".', inputSchema: { type: 'object', required: ['sessionId'], properties: { sessionId: { type: 'string', description: '来自 listSessions' } } } },
    { appId: 'clay', appName: 'Clay House 陶坊', api: 'buyPack', description: '购买五次课卡。Example: "I\'d like the 5-session pack".' },
  ]);

  it('is the act of the whole request, in one goal, chosen by what the request is about', () => {
    const goals = planGoals("I'd like something relaxing with clay on Saturday morning at Clay House. Can you book me in?", studio, {});
    expect(goals.map((g) => g.toolId)).toEqual(['clay.bookSession']);
    expect(planGoals('周六上午陶坊那节手捏课，帮我约上吧', studio, {}).map((g) => g.toolId)).toEqual(['clay.bookSession']);
  });
});

describe('what is said before any service is named', () => {
  it('goes with the request that names one ("I need somewhere to crash … Just me, … throw in breakfast")', () => {
    const inn = testCatalog([
      { appId: 'inn', appName: 'Hillside Inn', api: 'bookRoom', description: '预订客栈房间，可加早餐。', inputSchema: { type: 'object', properties: { checkIn: { type: 'string', description: '入住日期 YYYY-MM-DD' }, breakfast: { type: 'boolean', description: '是否加早餐' } } } },
      { appId: 'ferry', appName: 'Harbour Ferry', api: 'listSailings', readOnly: true, description: 'Ferry sailings between the piers, with fares.' },
    ]);
    const [goal] = planGoals('I need somewhere to crash near the old pier on Sunday night. Just me, and throw in breakfast.', inn, {});
    expect(goal?.text).toContain('Sunday night');
    // (a trip mentioned in passing before it is no part of the request)
    const [stay] = planGoals('I have an early flight out on Monday. Book me a room for Sunday night, with breakfast.', inn, {});
    expect(stay?.text).not.toContain('Monday');
  });

  it('keeps a question that names no service with the act after it (「能自己挑铺位吗？要两张观景舱」)', () => {
    const ferry = testCatalog([
      { appId: 'ferry', appName: '海湾轮渡', api: 'listSailings', readOnly: true, description: '查询轮渡班次、观景舱和普通舱的票价与余票。' },
      { appId: 'ferry', appName: '海湾轮渡', api: 'buyTicket', description: '购买船票：观景舱或普通舱。' },
      { appId: 'tea', appName: '茶语', api: 'orderDrink', description: '点茶饮下单，到店自取或外送。' },
    ]);
    const goals = planGoals('能自己选座位吗？我要两张明早的观景舱', ferry, {});
    expect(goals.map((g) => [g.toolId, g.text])).toEqual([['ferry.buyTicket', '能自己选座位吗？，我要两张明早的观景舱']]);
  });
});

describe('what is wanted while doing a thing', () => {
  const ferryAndTea = testCatalog([
    { appId: 'ferry', appName: '海湾轮渡', api: 'listSailings', readOnly: true, description: '查询轮渡班次、船票价格和余票。' },
    { appId: 'ferry', appName: '海湾轮渡', api: 'buyTicket', description: '购买船票，可加购船上小食。' },
    { appId: 'ferry', appName: '海湾轮渡', api: 'listSnacks', readOnly: true, description: '可随船票加购的小食、饮料及价格。' },
    { appId: 'tea', appName: '茶语', api: 'listDrinks', readOnly: true, description: '茶饮菜单：想喝点什么、有什么喝的、饮品价格。' },
    { appId: 'tea', appName: '茶语', api: 'orderDrink', description: '点茶饮下单，到店自取或外送。' },
  ]);

  it('is asked of the service of that thing where it offers it, with what there is and its price as one question', () => {
    const goals = planGoals('坐轮渡的时候能顺便买点吃的喝的不？都有些啥，多少钱', ferryAndTea, {});
    expect(goals.map((g) => g.toolId)).toEqual(['ferry.listSnacks']);
  });

  it('is asked of another service where that thing offers nothing of it', () => {
    expect(routeClause('坐轮渡的时候想顺便点杯茶饮外送', ferryAndTea)).toBe('tea');
    expect(routeClause('有什么喝的', ferryAndTea)).toBe('tea');
  });
});

describe('where a place is, asked before an act there', () => {
  const ferry = testCatalog([
    { appId: 'ferry', appName: '海湾轮渡', api: 'listPiers', readOnly: true, description: '码头列表：名称、地址、电话。买票需要 pierId 时调用。' },
    { appId: 'ferry', appName: '海湾轮渡', api: 'listSailings', readOnly: true, description: '查询某码头某天的班次和票价，返回 sailingId。', inputSchema: { type: 'object', properties: { pierId: { type: 'string', description: '码头ID，来自 listPiers' }, date: { type: 'string' } } } },
    { appId: 'ferry', appName: '海湾轮渡', api: 'buyTicket', description: '购买船票。', inputSchema: { type: 'object', properties: { sailingId: { type: 'string', description: '班次ID，来自 listSailings' }, qty: { type: 'integer' } } } },
  ], { ferry: ['东港码头', '西港码头'] });

  it('is answered on its own beside another question for another list', () => {
    const goals = planGoals("what's the phone number of 东港码头? and what's the last sailing there tonight?", ferry, {});
    expect(goals.map((g) => g.toolId)).toEqual(['ferry.listPiers', 'ferry.listSailings']);
  });

  it('is answered on its own, and the act is done there', () => {
    const goals = planGoals('东港码头在哪条路上？明早八点那班给我来两张', ferry, {});
    expect(goals.map((g) => g.toolId)).toEqual(['ferry.listPiers', 'ferry.buyTicket']);
    expect(goals[1]!.text).toContain('东港码头');
  });
});

describe('a question that names a kind of thing', () => {
  const shops = testCatalog([
    { appId: 'tea', appName: '茶语', api: 'listShops', readOnly: true, description: '门店列表：地址、营业时间，几点开门几点关门。' },
    { appId: 'tea', appName: '茶语', api: 'orderTea', description: '点茶饮下单。' },
    { appId: 'drugs', appName: '百草堂药房', api: 'listBranches', readOnly: true, description: '查询药房门店：地址、营业时间。' },
    { appId: 'drugs', appName: '百草堂药房', api: 'buyMedicine', description: '买药下单。' },
  ]);

  it('goes to the one service of that kind, whatever another says of its hours', () => {
    expect(routeClause('湖滨那家药店几点关门？', shops)).toBe('drugs');
    expect(routeClause('湖滨那家店几点关门？', shops)).toBe('tea');
  });
});

describe('an act of nothing it names, after a question', () => {
  const studio = testCatalog([
    { appId: 'pottery', appName: 'Clay Studio', api: 'searchSessions', readOnly: true, description: 'Pottery sessions by date: time, teacher, price, spots left.' },
    { appId: 'pottery', appName: 'Clay Studio', api: 'bookSession', description: 'Book a pottery session.', inputSchema: { type: 'object', properties: { sessionId: { type: 'string', description: 'from searchSessions' } } } },
    { appId: 'diner', appName: 'Lane Diner', api: 'listTables', readOnly: true, description: 'Restaurant tables; sign up for the waiting list.' },
  ]);

  it('is the act of what was just asked about ("…? sign me up for it")', () => {
    const goals = planGoals('any wheel-throwing pottery session tomorrow? sign me up for it', studio, {});
    expect(goals.map((g) => g.toolId)).toEqual(['pottery.bookSession']);
  });
});

describe('a bare act after a question', () => {
  it('is the act of what the question asked about ("Any sailing tonight? Sign me and my son up")', () => {
    const ferry = testCatalog([
      { appId: 'ferry', appName: 'Harbour Ferry', api: 'searchSailings', readOnly: true, description: 'Ferry sailings between the piers, with fares and seats left.', inputSchema: { type: 'object', properties: { date: { type: 'string' } } } },
      { appId: 'ferry', appName: 'Harbour Ferry', api: 'bookSeats', description: 'Book seats on a sailing.', inputSchema: { type: 'object', properties: { sailingId: { type: 'string', description: 'from searchSailings' }, seats: { type: 'integer' } }, required: ['sailingId'] } },
    ], { ferry: ['Green Isle'] });
    expect(planGoals('Any sailings to Green Isle on Monday night? Sign me and my son up', ferry, {}).map((g) => g.toolId)).toEqual(['ferry.bookSeats']);
    expect(planGoals('Any sailing to Green Isle tonight?', ferry, {}).map((g) => g.toolId)).toEqual(['ferry.searchSailings']);
  });
});

describe('a charge asked after an order', () => {
  it('stays with the service of the order where its APIs speak of it (「…能送吗？运费要多少」), not a service of fees', () => {
    const town = testCatalog([
      { appId: 'herbs', appName: '百草堂', api: 'searchHerbs', readOnly: true, description: '按名称查药材和中成药：ID、规格、单价。' },
      { appId: 'herbs', appName: '百草堂', api: 'quote', readOnly: true, description: '计算一单的价格（商品、运费、满减、合计），不生成订单、不收费，只问多少钱时用它。' },
      { appId: 'herbs', appName: '百草堂', api: 'order', description: '下单买药，外送或到店自取。' },
      { appId: 'bills', appName: '生活缴费', api: 'listBills', readOnly: true, description: '查费用：水费、电费、燃气费、物业费这个月要交多少，各项费用的应缴金额。用户问「X费要多少」时调用。' },
      { appId: 'bills', appName: '生活缴费', api: 'payBill', description: '缴纳水费电费燃气费。' },
    ], { herbs: ['青蒿片'] });
    expect(planGoals('能送两盒青蒿片到云溪路8号吗？运费要多少', town, {}).map((g) => g.toolId.split('.')[0])).toEqual(['herbs']);
    expect(planGoals('这个月电费要交多少', town, {}).map((g) => g.toolId.split('.')[0])).toEqual(['bills']);
  });
});

describe('a question of a place, then whether there is a thing at a time', () => {
  // an invented pottery studio with branches, beside a tea counter with shops of its own
  const studio = testCatalog([
    { appId: 'clay', appName: '陶艺馆', api: 'listStudios', readOnly: true, description: '陶艺馆门店列表：门店地址、营业时间，几点开门几点关门。' },
    { appId: 'clay', appName: '陶艺馆', api: 'searchSessions', readOnly: true, description: '查陶艺课课表：按日期、门店查陶艺课，返回 sessionId。', inputSchema: { type: 'object', properties: { date: { type: 'string', description: '日期 YYYY-MM-DD' }, studioId: { type: 'string' } } } },
    { appId: 'clay', appName: '陶艺馆', api: 'bookSession', description: '预约上课：用 sessionId 下单', inputSchema: { type: 'object', required: ['sessionId'], properties: { sessionId: { type: 'string', description: '来自 searchSessions' } } } },
    { appId: 'tea', appName: '茶铺', api: 'listShops', readOnly: true, description: '茶铺门店和地址。' },
  ]);

  it('is two questions, each of the list that answers it', () => {
    expect(planGoals('东港店晚上几点关门？下周一早上有陶艺课吗', studio, {}).map((g) => g.toolId)).toEqual(['clay.listStudios', 'clay.searchSessions']);
  });
});

describe('"actually" in the middle of a sentence', () => {
  it('is no correction ("whats actually in a …"): the words after it stay with the request', () => {
    const shop = testCatalog([
      { appId: 'tea', appName: '茶语', api: 'listTeas', readOnly: true, description: '茶饮菜单：名称、配料、价格。' },
      { appId: 'tea', appName: '茶语', api: 'order', description: '点茶饮下单。' },
    ]);
    expect(planGoals("the jasmine milk tea on your menu, whats actually in it?", shop, {}).map((g) => [g.text, g.answers])).toEqual([["the jasmine milk tea on your menu, whats actually in it?", []]]);
  });
});


describe('a further clause that names nothing', () => {
  it('is said of the request before it, never routed to a service its one word fits', () => {
    const ferryAndBills = testCatalog([
      { appId: 'ferry', appName: '海湾轮渡', api: 'listSailings', description: '查询轮渡班次和票价。', readOnly: true },
      { appId: 'ferry', appName: '海湾轮渡', api: 'createTicketOrder', description: '为一个班次生成船票订单。' },
      { appId: 'bills', appName: '生活缴费', api: 'payBill', description: '交水电燃气费：付款缴费，支付账单，付清欠费。' },
      { appId: 'bills', appName: '生活缴费', api: 'listBills', description: '查询待付账单。', readOnly: true },
    ], { ferry: ['云溪线', '青屿线'] });
    const goals = planGoals('周日上午云溪线两张船票，一张现在付一张另外付行吗', ferryAndBills, {});
    expect(goals.map((g) => g.toolId)).toEqual(['ferry.createTicketOrder']);
    // (a clause that names its own service still goes there)
    expect(planGoals('周日上午云溪线两张船票，另外把这个月的水电费交了', ferryAndBills, {}).map((g) => g.toolId)).toEqual(['ferry.createTicketOrder', 'bills.payBill']);
  });
});

describe('a courier that brings what is bought', () => {
  it('is how it comes: the request stays with the service that sells the thing', () => {
    const herbsAndParcels = testCatalog([
      { appId: 'herb', appName: '草本堂', api: 'listStores', description: '查询门店。', readOnly: true },
      { appId: 'herb', appName: '草本堂', api: 'createOrder', description: '买草本茶饮，外送或自取。' },
      { appId: 'express', appName: '快递查查', api: 'shipParcel', description: '寄快递：快递下单寄件，快递员上门取件，快递到全国，快递到家。' },
      { appId: 'express', appName: '快递查查', api: 'trackParcel', description: '查快递物流。', readOnly: true },
    ], { herb: ['草本堂·东港码头店', '草本堂·西港码头店', '菊花茶'] });
    expect(routeClause('东港码头店买两罐菊花茶，快递到我家 云溪路100号', herbsAndParcels)).toBe('herb');
    expect(withoutCourier('买两罐菊花茶，快递到我家 云溪路100号')).not.toContain('快递');
    expect(withoutCourier('two jars of chrysanthemum tea, buy them and courier them to my flat')).not.toContain('courier');
    // (a parcel to send is still the courier's)
    expect(withoutCourier('帮我把这箱书快递到青屿 云溪路100号')).toContain('快递');
    expect(routeClause('帮我把这箱书快递到青屿 云溪路100号', herbsAndParcels)).toBe('express');
  });
});
