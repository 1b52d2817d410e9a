import { parseNumber } from './parse-number.ts';

/** Kin and company words, longest first; a pair word counts two. */
const KIN_ZH = ['孩子他妈', '孩子他爸', '爸爸妈妈', '爷爷奶奶', '外公外婆', '姥姥姥爷', '岳父母', '女朋友', '男朋友', '孩子妈', '孩子爸', '爸妈', '父母', '公婆', '老婆', '老公', '媳妇', '孩子', '儿子', '女儿', '闺女', '女婿', '儿媳', '对象', '老爸', '老妈', '爸爸', '妈妈', '朋友', '闺蜜', '兄弟', '同事', '同学', '室友', '哥哥', '姐姐', '弟弟', '妹妹', '奶奶', '爷爷', '外婆', '外公', '爸', '妈', '哥', '姐', '弟', '妹'];
const PAIR_ZH = new Set(['爸爸妈妈', '爷爷奶奶', '外公外婆', '姥姥姥爷', '岳父母', '爸妈', '父母', '公婆']);
const WITH_ZH = /(?:我|咱)(?:想|要|打算|准备|今晚|明天|周末)?(?:和|跟|与|同|带着?|带上)/g;
const JOIN_ZH = /^(?:(?:还有|以及|再加上|加上|外加|还带着?|带着?|[、,，和跟与及])\s*)+/;
const MINE_ZH = /^(?:我的?|我家的?|我们家的?|咱家的?)/;
const COUNT_ZH = /^(?:(\d+|[一二两三四五六七八九十])\s*(?:个|位)|(俩|仨))/;

const EN_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six'];
const PAIR_EN = /^(?:parents|grandparents|in-laws|folks)$/i;
const PERSON_EN = /^(?:wife|husband|partner|son|daughter|kid|child|baby|mom|mum|mother|dad|father|friend|coworker|colleague|brother|sister|cousin|aunt|uncle|niece|nephew|grandma|grandpa|girlfriend|boyfriend|roommate|boss|parents|grandparents|in-laws|folks|kids|children|friends|coworkers|colleagues|sons|daughters|brothers|sisters|cousins)$/i;
const PLURAL_EN = /^(?:kids|children|friends|coworkers|colleagues|sons|daughters|brothers|sisters|cousins)$/i;

/**
 * How many people a list of the speaker's company counts, where it names two or more of them or
 * counts them (「我和我老婆还有儿子」 three, 「我跟老婆还有俩孩子」 four; "me, my wife and our two kids"
 * four, "I'm taking my two kids" three). Undefined where no such list is said, or a part of it
 * says no number (a plural with no count: "my kids").
 */
export function companyListed(text: string): number | undefined {
  return listedZh(text) ?? listedEn(text);
}

function listedZh(text: string): number | undefined {
  for (const start of text.matchAll(WITH_ZH)) {
    let rest = text.slice(start.index + start[0].length);
    const counts: number[] = [];
    let joinedByWord = false;
    for (;;) {
      rest = rest.replace(MINE_ZH, '');
      const counted = COUNT_ZH.exec(rest);
      const after = counted ? rest.slice(counted[0].length) : rest;
      const kin = KIN_ZH.find((word) => after.startsWith(word));
      if (!kin) break;
      const n = counted ? (counted[2] ? (counted[2] === '俩' ? 2 : 3) : parseNumber(counted[1] ?? '')) : PAIR_ZH.has(kin) ? 2 : 1;
      if (n === undefined) return undefined;
      counts.push(n);
      rest = after.slice(kin.length);
      const join = JOIN_ZH.exec(rest);
      if (!join) break;
      if (join[0].length > 1 || /[，,]/.test(join[0])) joinedByWord = true;
      rest = rest.slice(join[0].length);
    }
    // one plain person is read by the simpler rules; a list said with 「还有」 or a counted part is read here
    if (counts.length >= 2 && (joinedByWord || counts.length >= 3)) return 1 + counts.reduce((a, b) => a + b, 0);
    if (counts.length >= 1 && counts.some((n) => n > 1) && joinedByWord) return 1 + counts.reduce((a, b) => a + b, 0);
  }
  return undefined;
}

function listedEn(text: string): number | undefined {
  const words = text.toLowerCase().replace(/[^a-z0-9'\s,&]/g, ' ').replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  let best: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const list = readList(words, i);
    if (list && list.people.length >= 2 && list.speaker) best = Math.max(best ?? 0, list.people.reduce((a, b) => a + b, 0));
  }
  return best;
}

/** A list of people from word `i`: the speaker, "my/our (n) person" parts, joined by commas, and, plus, with. */
function readList(words: string[], i: number): { people: number[]; speaker: boolean } | undefined {
  const people: number[] = [];
  let speaker = false;
  // "taking/bringing my two kids": the speaker goes with them
  if (/^(?:taking|bringing)$/.test(words[i - 1] ?? '') && /^(?:i'm|im|i|we're)$/.test(words[i - 2] ?? '')) speaker = true, people.push(1);
  let at = i;
  for (;;) {
    const word = words[at];
    if (word === 'me' || word === 'i' || word === 'myself') {
      if (speaker) return undefined;
      speaker = true; people.push(1); at += 1;
    } else if (word === 'my' || word === 'our') {
      let n: number | undefined;
      let next = at + 1;
      const count = words[next] ?? '';
      const said = /^\d+$/.test(count) ? Number(count) : EN_NUMBERS.indexOf(count) >= 0 ? EN_NUMBERS.indexOf(count) + 1 : undefined;
      if (said !== undefined) n = said, next += 1;
      const who = words[next] ?? '';
      if (!PERSON_EN.test(who)) break;
      if (n === undefined) {
        if (PLURAL_EN.test(who)) return undefined;
        n = PAIR_EN.test(who) ? 2 : 1;
      }
      people.push(n); at = next + 1;
    } else break;
    if (words[at] === ',' && words[at + 1] === 'and') at += 2;
    else if (words[at] === ',' || words[at] === 'and' || words[at] === 'plus' || words[at] === '&' || words[at] === 'with') at += 1;
    else break;
  }
  return people.length ? { people, speaker } : undefined;
}
