import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { entitiesIn } from './entities.ts';
import { keywordParam, listedWithSearches, searchedWords, unknownNames } from './searched.ts';

const search = (properties: Tool['inputSchema']['properties']): Tool => ({
  id: 'shop.searchProducts', appId: 'shop', appName: '药房', version: 'v1', skill: 's', api: 'searchProducts', description: '', siblings: [],
  inputSchema: { type: 'object', properties },
});

const stores = entitiesIn({ stores: [{ storeId: 'HZ01', name: '康宁大药房·武林广场店', city: '杭州' }] });
const products = { products: [{ productId: 'p01', name: '布洛芬缓释胶囊（芬必得）', price: 28.5 }, { productId: 'p02', name: '对乙酰氨基酚片（泰诺林）', price: 19.8 }] };

describe("searching a list API with the user's own word", () => {
  it('finds the free-text search parameter by its name or its description, never an ID or a choice', () => {
    expect(keywordParam(search({ storeId: { type: 'string' }, keyword: { type: 'string' } }))).toBe('keyword');
    expect(keywordParam(search({ storeId: { type: 'string' }, kw: { type: 'string', description: '商品名、品牌或俗称' } }))).toBe('kw');
    expect(keywordParam(search({ storeId: { type: 'string', description: '门店名称' }, category: { type: 'string', enum: ['otc'] } }))).toBeUndefined();
  });

  it('takes the names a request says that no list knows, not the words of asking, a store or an address', () => {
    const known = [...stores, ...entitiesIn(products)];
    // ("Fenbid" spells 芬必得 (fenbide) but for a letter: a name the list knows)
    expect(unknownNames('Which is cheaper, Fenbid or Tylenol? Get me the cheaper one at the Wulin store.', known)).toEqual(['Tylenol']);
    expect(unknownNames('Which is cheaper, Vantrel or Tylenol?', known)).toEqual(['Vantrel', 'Tylenol']);
    // (two things compared, said in lower case, are names too; not in a sentence that compares nothing)
    expect(unknownNames('which is cheaper, your kelvane drops or the dorvix syrup? get me 2 of the cheaper one', known)).toEqual(['kelvane drops', 'dorvix syrup']);
    expect(unknownNames('send your kelvane drops or the dorvix syrup, either is fine', known)).toEqual([]);
    expect(unknownNames('Please deliver a bottle of Centrum to 88 Huancheng North Road, Hangzhou.', known)).toEqual(['Centrum']);
    // (a measure said after the verb with no count is one of it; a question of having names it after 有)
    expect(unknownNames('帮我买盒保济丸，自取', known)).toEqual(['保济丸']);
    expect(unknownNames('店里有保济丸吗', known)).toEqual(['保济丸']);
    expect(unknownNames('Can you send a kettle from the pier shop?，Address is 9 Ferry Lane.', known)).toEqual([]);
    expect(unknownNames('Two boxes of Advil from the Lotus Pond store, to Jade Garden Tower 2 please', known)).toEqual(['Advil']);
    expect(unknownNames('if I booked a twin at your Pier hotel for one night on Dec 1, what would it cost?', known)).toEqual([]);
    // (an English sentence with Chinese in it: its lower-case words are still no names)
    expect(unknownNames("price for 3 boxes of Vantrel sent to my place (滨湖路12号 3栋) from whichever store is closest? not ordering yet", known)).toEqual(['Vantrel']);
  });

  it('takes an answer that is a name alone, though it starts its sentence, and not an answer that names nothing', () => {
    const known = [...stores, ...entitiesIn(products)];
    expect(unknownNames('Vantrel，two of the fever ones please, pick up at the pier shop', known)).toEqual(['Vantrel']);
    expect(unknownNames('Cheapest，two of the fever ones please', known)).toEqual([]);
    expect(unknownNames('Sure，two of the fever ones please', known)).toEqual([]);
  });

  it('takes a lower-case name said after "some" or asked the price or stock of ("deliver some vantrelin", "how much is vantrelin?")', () => {
    const known = [...stores, ...entitiesIn(products)];
    expect(unknownNames("Can you deliver some vantrelin to my place? If you can't, never mind", known)).toEqual(['vantrelin']);
    expect(unknownNames('How much is vantrelin?', known)).toEqual(['vantrelin']);
    expect(unknownNames('do you have paracetol?', known)).toEqual(['paracetol']);
    expect(unknownNames('how much is it?', known)).toEqual([]);
    expect(unknownNames('How much is delivery?', known)).toEqual([]);
  });

  it('takes the thing a Chinese measure is of, where no list knows that name', () => {
    const known = [...stores, ...entitiesIn(products)];
    expect(unknownNames('帮我在北门店买两盒保济丸，我自己去拿', known)).toEqual(['保济丸']);
    expect(unknownNames('再来一瓶鱼肝油送到家', known)).toEqual(['鱼肝油']);
    // (who it is bought for, before the verb, is no thing: 「给我妈买两盒…」)
    expect(unknownNames('给我妈买两盒保济丸，她住滨海区渡口路18号', known)).toEqual(['保济丸']);
    expect(unknownNames('买两盒芬必得', known)).toEqual([]);
    expect(unknownNames('拿3包缓释胶囊，要便宜点的', known)).toEqual([]);
    expect(unknownNames("I'd like two packs of surgical masks from the north store", known)).toEqual([]);
    expect(unknownNames('送一盒治拉肚子的药过来', known)).toEqual([]);
    // a name that ends in a letter or a number is searched whole: "vitamin D", not "vitamin"
    expect(unknownNames('How much for 3 bottles of vitamin D delivered?', known)).toEqual(['vitamin D']);
    expect(unknownNames('2 boxes of ibuprofen a day', known)).toEqual(['ibuprofen']);
    // (counted by a times sign after it, "x2")
    expect(unknownNames("vantrelin x2 and a kettle, I'll collect", known)).toEqual(['vantrelin']);
    expect(unknownNames('masks x3 from the Wulin store', known)).toEqual([]);
    expect(unknownNames('帮我在武林店买一盒Tylenol', known)).toEqual(['Tylenol']);
    expect(unknownNames('帮我在武林店买一盒芬必得', known)).toEqual([]);
    // the thing a measure is of, in lower case too; not an everyday word the list is read by in Chinese
    expect(unknownNames('Could you get me a box of ibuprofen from the Wulin store?', known)).toEqual(['ibuprofen']);
    expect(unknownNames('two packs of masks from the Wulin store', known)).toEqual([]);
  });

  it('takes the thing a Chinese question of having is of, where no list knows that name', () => {
    const known = [...stores, ...entitiesIn(products)];
    expect(unknownNames('在外地出差，保济丸有没有？北门店我自己过去拿，两盒', known)).toEqual(['保济丸']);
    expect(unknownNames('你们有没有鱼肝油卖', known)).toEqual(['鱼肝油']);
    expect(unknownNames('芬必得有没有？', known)).toEqual([]);
    expect(unknownNames('有没有止咳的药', known)).toEqual([]);
    expect(unknownNames('你们店里有没有', known)).toEqual([]);
  });

  it('takes the thing a Chinese count and measure follow (「鱼肝油两盒」), as in a list of things to buy', () => {
    const known = [...stores, ...entitiesIn(products)];
    expect(unknownNames('北门店自取：鱼肝油两盒、缓释胶囊三盒', known)).toEqual(['鱼肝油']);
    expect(unknownNames('北门店，保济丸来两盒，自取', known)).toEqual(['保济丸']);
    expect(unknownNames('帮我买保济丸两盒', known)).toEqual(['保济丸']);
    expect(unknownNames('缓释胶囊两盒，自取', known)).toEqual([]);
    expect(unknownNames('明天下午两点去拿', known)).toEqual([]);
  });

  it('names what a search found by the word searched for, beside the whole list', () => {
    const transcript: Transcript[] = [
      { role: 'tool-call', callId: 'c1', toolId: 'shop.searchProducts', arguments: { storeId: 'HZ01' } },
      { role: 'tool-result', callId: 'c1', toolId: 'shop.searchProducts', isError: false, content: '', structuredContent: products },
      { role: 'tool-call', callId: 'c2', toolId: 'shop.searchProducts', arguments: { storeId: 'HZ01', keyword: 'Tylenol' } },
      { role: 'tool-result', callId: 'c2', toolId: 'shop.searchProducts', isError: false, content: '', structuredContent: { products: [products.products[1]] } },
    ];
    const entities = listedWithSearches(transcript, 'shop.searchProducts', 'keyword', (c) => entitiesIn(c));
    expect(entities?.map((e) => e.id)).toEqual(['p01', 'p02']);
    expect(entities?.find((e) => e.id === 'p02')?.names).toContain('Tylenol');
    expect(entities?.find((e) => e.id === 'p01')?.names).not.toContain('Tylenol');
    expect(searchedWords(transcript, 'shop.searchProducts', 'keyword')).toEqual(['Tylenol']);
  });

  it('has nothing to offer when the latest list failed and no search found anything', () => {
    const transcript: Transcript[] = [
      { role: 'tool-call', callId: 'c1', toolId: 'shop.searchProducts', arguments: {} },
      { role: 'tool-result', callId: 'c1', toolId: 'shop.searchProducts', isError: true, content: 'down' },
    ];
    expect(listedWithSearches(transcript, 'shop.searchProducts', 'keyword', (c) => entitiesIn(c))).toBeUndefined();
  });
});
