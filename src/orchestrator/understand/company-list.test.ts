import { describe, expect, it } from 'vitest';
import { companyListed } from './company-list.ts';
import { partySize } from './party-size.ts';

describe('the speaker and a list of their company', () => {
  it('counts each person a Chinese list names after 「还有」「以及」 or a comma, a counted part as its number', () => {
    expect(companyListed('周日我和我妈还有外婆去陶艺课')).toBe(3);
    expect(companyListed('我跟老公以及俩孩子坐渡轮')).toBe(4);
    expect(companyListed('我和姐姐，还有两个同学')).toBe(4);
    expect(partySize('明早的渡轮，我和我爸还有弟弟，都坐普通舱')).toBe(3);
  });

  it('counts an English list with the speaker, "my/our" parts and their numbers', () => {
    expect(companyListed('me, my husband and our three kids on the ferry')).toBe(5);
    expect(companyListed('my sister and my niece and I')).toBe(3);
    expect(companyListed("I'm taking my two nephews to the clay class")).toBeUndefined();
    expect(companyListed("I'm taking my two cousins to the clay class")).toBe(3);
  });

  it('says nothing of one plain companion, a plural with no number, or no list', () => {
    expect(companyListed('我和老婆周六去')).toBeUndefined();
    expect(companyListed('me and my kids')).toBeUndefined();
    expect(companyListed('两张渡轮票，明早八点')).toBeUndefined();
  });
});
