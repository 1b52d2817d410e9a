import { complaintWords, kindWords, type Entity } from '../understand/index.ts';
import { describedAmong } from './by-description.ts';
import { KIND_FIELD } from './entities.ts';

/** The words after a superlative ("the cheapest coffee", "the earliest yoga class", 「最便宜的口罩」) or before one (「退烧药里哪个最便宜」). */
const AFTER_EN = /\b(?:cheapest|least expensive|priciest|most expensive|earliest|latest|shortest|longest|best[- ]rated|highest[- ]rated)\s+(?:kind of\s+|type of\s+|sort of\s+)?([a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)/i;
const AFTER_ZH = /最(?:便宜|贵|早|晚|短|长)的(?:那)?(?:个|款|种|部|场|家|节|班|份)?(?![是哪啥])([\u4e00-\u9fff]{2,6}?)(?=[，,。？?！!；;]|$|[吧呢吗来要买订约拿])/u;
const BEFORE_ZH = /([\u4e00-\u9fff]{2,6}?)(?:里面?|中间?|当中)(?:哪个|哪款|哪种|哪部|哪场|哪家|哪节|哪班)?最(?:便宜|贵|早|晚|短|长)/u;

/** Words that say no kind: what every listed thing is. */
const NO_KIND = /^(?:one|ones|thing|things|option|options|item|items|seat|seats|ticket|tickets|time|showing|show|session|slot|table|room|class|train|ride|car|day|night)$/i;

/**
 * Those of the listed things of the kind a superlative is said of ("the cheapest coffee" of a menu
 * that also lists tea, "the cheapest cold medicine" of a pharmacy's whole shelf): filed under it,
 * named with it, or — for a complaint or an English kind — described with the Chinese that files
 * it. The whole list where no kind is said or none is of it.
 */
export function ofKindSaid(text: string, entities: readonly Entity[]): readonly Entity[] {
  const kind = (AFTER_EN.exec(text) ?? AFTER_ZH.exec(text) ?? BEFORE_ZH.exec(text))?.[1]?.trim();
  if (!kind || entities.length < 2) return entities;
  const words = kind.split(/\s+/).filter((w) => !NO_KIND.test(w)).map((w) => w.replace(/(?<=[a-z]{3})e?s$/i, '').toLowerCase());
  const chinese = [...complaintWords(kind), ...kindWords(kind)].flat();
  if (!words.length && !chinese.length) return entities;
  const fits = (entity: Entity) => {
    const kinds = Object.entries(entity.fields ?? {}).filter(([k]) => KIND_FIELD.test(k)).map(([, v]) => v).join(' ').toLowerCase();
    const names = entity.names.join(' ').toLowerCase();
    return chinese.some((zh) => kinds.includes(zh)) || words.some((w) => kinds.includes(w) || (/\p{Script=Han}/u.test(w) && names.includes(w)));
  };
  const of = entities.filter(fits);
  return of.length && of.length < entities.length ? of : entities;
}

/**
 * What a superlative said in the texts is of: those a description fits ("the cheapest cold
 * medicine"), else those of the kind said with it ("the cheapest coffee"), else all listed.
 */
export function superlativeScope(texts: readonly string[], entities: readonly Entity[]): readonly Entity[] {
  return texts.map((text) => describedAmong(text, entities)).find((list) => list.length > 0)
    ?? texts.map((text) => ofKindSaid(text, entities)).find((list) => list.length < entities.length)
    ?? entities;
}
