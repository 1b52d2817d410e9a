/** 「体温计坏了」「药吃完了」, "my charger broke": what went wrong, said as the reason for a request. */
const WENT_WRONG = /坏了|摔坏|弄坏|丢了|弄丢|用完了|吃完了|用光了|过期了|\b(?:broke|broken|lost|ran out|run out|used up|expired)\b/i;

/**
 * 「我先问问」「想安排一下晚饭」, "trying to plan dinner", "just checking": what the person is up to, said
 * beside a request. It asks nothing and orders nothing, of any service.
 */
const PURPOSE = /^(?:(?:i'?m|we'?re|i am|we are|just|only)\s+)*(?:trying to|planning (?:to|on|for|ahead)|want(?:ing)? to plan|figuring out|working out|so (?:that )?(?:i|we) can)\b|^(?:(?:i'?m|we'?re|just|only)\s+)*(?:checking|asking)(?:\s+(?:first|for now|around|prices?|the price))?\s*$|^(?:我们?)?(?:先|就|只是|只)?(?:问问|问一下|了解一下|看看)(?:而已|再说)?$|^(?:我们?)?(?:想|打算|准备|好)(?:安排|计划|规划)/i;

/**
 * 「我这几天在杭州出差」「住在河西码头附近」, "I'm in Hangzhou this week", "staying near the old pier": where the person
 * is, said before a request. It asks nothing of the place's own services (a café there); it tells the request after it where.
 */
const WHEREABOUTS = /^(?:(?:i'?m|we'?re|i am|we are|i'?ll be|we'?ll be|i will be|we will be)\s+(?:currently\s+|still\s+)?(?:in|at|near|around|over in|staying|based|visiting|travell?ing|on a trip)\b|(?:currently\s+)?staying\s+(?:near|at|in|by|around)\b)|^(?:我们?|人)(?:现在|目前|这几天|这周|周末)?(?:在|住在|待在)[^，,。；;？?！!]{1,14}$/i;

/** "My flat is about 60 square meters", 「房子一百二十平」: what the person's place is like, said before what to do there. */
const PLACE_IS = /^(?:my|our|the)\s+(?:apartment|flat|place|home|house|room|office|studio)\s+(?:is|has|measures|'s)\b|^(?:我家|家里|我们家|房子|我家房子|公司|办公室)[^，,。；;？?！!]{0,8}(?:\d+|[一二两三四五六七八九十百]+)\s*(?:平|平米|平方|㎡)/i;

/** Whether a clause only says where the person is, or what their place is like: no question, no act. */
export function isWhereaboutsClause(text: string, isActing: (text: string) => boolean): boolean {
  const clause = text.trim().replace(/[。.!！~～]+$/, '');
  return (WHEREABOUTS.test(clause) || PLACE_IS.test(clause)) && !/[?？]/.test(clause) && !isActing(clause);
}

/** Whether a clause only says what the person is up to: no question, no act. */
export function isPurposeClause(text: string, isActing: (text: string) => boolean): boolean {
  const clause = text.trim().replace(/[。.!！~～]+$/, '');
  return PURPOSE.test(clause) && !/[?？]/.test(clause) && !isActing(clause);
}

/** Whether a clause only says what went wrong (and orders nothing). */
export function isReasonClause(text: string, isActing: (text: string) => boolean): boolean {
  return WENT_WRONG.test(text) && !isActing(text);
}

/**
 * 「出差带的体温计坏了，回龙观店的血压计帮我留一个」 orders the second thing; the first is why.
 * A thing named only in such a clause is left out where another clause names what is ordered.
 */
export function withoutReasons<T extends { text: string }>(found: readonly T[], isActing: (text: string) => boolean): T[] {
  const ordered = found.filter((f) => !isReasonClause(f.text, isActing));
  return ordered.length ? ordered : [...found];
}
