import { describe, expect, it } from 'vitest';
import { isSmallTalk } from './small-talk.ts';
import { testCatalog } from './test-catalog.ts';

const catalog = testCatalog([
  { appId: 'post', appName: '邮差', api: 'trackLetter', description: '查询挂号信和包裹的投递进度、签收时间 letter parcel delivery status signed', readOnly: true },
  { appId: 'post', appName: '邮差', api: 'sendLetter', description: '寄信、寄包裹 send a letter or parcel' },
  { appId: 'bake', appName: '面包房', api: 'orderBread', description: '订面包、蛋糕 order bread and cakes' },
]);

describe('small talk', () => {
  it('is a greeting alone, or a question of what the assistant does', () => {
    expect(isSmallTalk('hello!', catalog)).toBe(true);
    expect(isSmallTalk('hi there', catalog)).toBe(true);
    expect(isSmallTalk('hi, is anyone there?', catalog)).toBe(true);
    expect(isSmallTalk('你能做什么', catalog)).toBe(true);
  });

  it('is not a greeting that goes on to what a service serves', () => {
    expect(isSmallTalk('hey, my parcel says delivered but nobody got it - what time was it signed?', catalog)).toBe(false);
    expect(isSmallTalk('你好，帮我订个蛋糕', catalog)).toBe(false);
  });
});
