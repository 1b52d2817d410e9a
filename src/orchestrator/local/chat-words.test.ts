import { describe, expect, it } from 'vitest';
import { CLOSING } from './chat-words.ts';

describe('a reply that only closes the talk', () => {
  it('is thanks or that is all, in either language', () => {
    for (const text of ['谢谢', '好的，谢谢', '没事了', '就这样吧', 'No thanks', 'thanks!', "that's all", 'ok, thanks']) expect(CLOSING.test(text), text).toBe(true);
  });

  it('is not a request said with thanks', () => {
    for (const text of ['谢谢，再帮我订一张', 'thanks, and book the 2 pm ferry too', '谢谢你帮我查的船票']) expect(CLOSING.test(text), text).toBe(false);
  });
});
