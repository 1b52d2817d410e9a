import { describe, expect, it } from 'vitest';
import { settledReply } from './taken-back.ts';

describe('a reply that changes its mind midway', () => {
  it.each([
    ['我们两个人……哦不对，小王也来，那就三个人', '小王也来，那就三个人'],
    ['海景的吧……算了太贵了，普通的就行', '太贵了，普通的就行'],
    ['原本想到店拿，算了还是寄过来吧', '还是寄过来吧'],
    ['周二，不是不是，周三', '周三'],
    ['Two please - actually, make it three', 'make it three'],
    ['The morning one, no wait, the evening one', 'the evening one'],
  ])('%s settles on %s', (reply, settled) => expect(settledReply(reply)).toBe(settled));

  it.each(['三张，普通座', '算了', '不对', '大杯的，算了吧', 'actually I want two', 'I can wait, two is fine'])(
    '%s is read whole',
    (reply) => expect(settledReply(reply)).toBe(reply),
  );

  it('a correction that declines keeps the decline', () => {
    expect(settledReply('大杯的，算了，不要了')).toBe('不要了');
  });
});
