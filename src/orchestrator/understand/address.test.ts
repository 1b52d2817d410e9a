import { describe, expect, it } from 'vitest';
import { findAddress, takesAddress } from './address.ts';

describe('a street address said in a request', () => {
  it('reads a road and its number said as a part of its own, not a store named by its road', () => {
    expect(findAddress('码头店送两罐茶到家，运费多少？，滨河东路88号')).toBe('滨河东路88号');
    expect(findAddress('滨河东路88号')).toBe('滨河东路88号');
    expect(findAddress('滨河东路那家店')).toBeUndefined();
    expect(findAddress('我住滨河东路88号附近')).toBeUndefined();
  });

  it('reads the address after 「送到」 or 「地址」, up to the next pause', () => {
    expect(findAddress('从徐家汇店给我送个体温计，再带两包外科口罩，送到徐汇区天钥桥路500弄3号1202')).toBe('徐汇区天钥桥路500弄3号1202');
    // the things sent between 「送」 and 「到」 are not part of where
    expect(findAddress('送两盒连花清瘟到杭州市滨江区江南大道1000号')).toBe('杭州市滨江区江南大道1000号');
    expect(findAddress('帮我寄一箱苹果去朝阳区望京街10号')).toBe('朝阳区望京街10号');
    expect(findAddress('帮我从滨江那家店送一盒泰诺林过来，地址滨江区江南大道588号恒鑫大厦5楼')).toBe('滨江区江南大道588号恒鑫大厦5楼');
  });

  it('reads a Chinese address in an English request, after "to" or "at", up to the next English word', () => {
    expect(findAddress('Send two ferry passes to my place at 海港区东堤路18号 望海大厦3座1702.')).toBe('海港区东堤路18号 望海大厦3座1702');
    expect(findAddress('two passes to my place (东堤路18号 望海大厦3座1702), from the pier office')).toBe('东堤路18号 望海大厦3座1702');
    expect(findAddress('deliver it to 海港区东堤路18号 tomorrow morning')).toBe('海港区东堤路18号');
    expect(findAddress("I'm at 东港 now")).toBeUndefined();
  });

  it('leaves out who lives there, said before it (「她住…」「收货人住在…」)', () => {
    expect(findAddress('给我妈买两盒青蒿素片，她住滨海区渡口路18号，东门店的')).toBe('滨海区渡口路18号');
    expect(findAddress('收货人住在滨海区渡口路18号')).toBe('滨海区渡口路18号');
    // (a building whose name begins so keeps it)
    expect(findAddress('住友大厦滨海区渡口路18号')).toBe('住友大厦滨海区渡口路18号');
  });

  it('leaves out the name and phone said before an address in the same part', () => {
    expect(findAddress('寄到上海，收件人王芳 13700001111 浦东新区世纪大道100号')).toBe('浦东新区世纪大道100号');
  });

  it('reads an English street address with its city', () => {
    expect(findAddress('Please deliver a bottle of Centrum from your Wulin Square store to 88 Huancheng North Road, Hangzhou.')).toBe('88 Huancheng North Road, Hangzhou');
    // a direction after the road's kind is part of its name (a 「北路」)
    expect(findAddress('two boxes delivered to 100 Yunxi Road North, phone 13900002222')).toBe('100 Yunxi Road North');
    expect(findAddress("a kettle delivered to 88 Yunxi Road, what's the total with delivery?")).toBe('88 Yunxi Road');
    expect(findAddress('to 12 Qingyu Street, how soon can it come?')).toBe('12 Qingyu Street');
    // an English sentence after a Chinese address is not part of it
    expect(findAddress('Recipient is Mary Zhou, 13655554444, 上海市黄浦区人民大道200号. Book it')).toBe('上海市黄浦区人民大道200号');
  });

  it('finds none where only a place or a home is named', () => {
    expect(findAddress('送到家就行')).toBeUndefined();
    expect(findAddress('a taxi to the Bund')).toBeUndefined();
    expect(findAddress('帮我送3杯拿铁到国贸店')).toBeUndefined();
  });

  it('knows an address parameter by its name or the way its description opens', () => {
    expect(takesAddress('address', '外送时必填：用户告诉你的详细收货地址')).toBe(true);
    expect(takesAddress('dest', '收货地址，如 上海市…')).toBe(true);
    expect(takesAddress('note', '备注，如 放门口，不要写地址以外的内容')).toBe(false);
  });
});

describe('an English address of several parts', () => {
  it('keeps its building and unit after the road, and stops before the words of when', () => {
    expect(findAddress('send them to 18 Harbour Road, Pier 3 Tower 2, unit 1801?')).toBe('18 Harbour Road, Pier 3 Tower 2, unit 1801');
    expect(findAddress('to 88 Ferry Street, Dongang tomorrow at 3')).toBe('88 Ferry Street, Dongang');
  });
});

describe('an address said in a question', () => {
  it('leaves out the word that makes it a question (「…到江南大道588号酒店吗」)', () => {
    expect(findAddress('能送两盒青蒿片到云溪路588号松间酒店吗？运费多少')).toBe('云溪路588号松间酒店');
  });
});
