import { extractQuantities, type Entity } from '../understand/index.ts';

/** A thing the order names, in the clause that names it; `also`: clauses said of it alone. */
export interface Found {
  entity: Entity;
  text: string;
  also?: string[];
}

/** One of those just counted (「一杯换杏仁奶」「其中一份」, "one of them with almond milk"). */
const ONE_OF = /^(?:其中|里面|有)?\s*[一1]\s*[杯个份碗瓶盒张件](?!\S*[杯个份碗瓶盒张件])|\bone of (?:them|those|the \w+)\b|^\s*(?:and )?one\b(?! more)/i;
/** Pointing back at the one that differs (「燕麦那杯少糖」, "the one with oat milk less sweet"). */
const THAT_ONE = /那[杯个份碗瓶盒张件]|\bthe one with\b/i;

/**
 * 「两杯拿铁，一杯换杏仁奶」, "two lattes, one of them with almond milk": of a thing counted two or more,
 * a clause after it that names no thing, counts one and says an option is one of them made so —
 * the count said less one as they are, and one with that option; a clause that points back at it
 * (「燕麦那杯少糖」) is said of that one too, not a thing of its own.
 */
export function oneDiffers(found: Found[], clauses: readonly string[], saysOption: (clause: string) => boolean): Found[] {
  const named = new Set(found.map((f) => f.text));
  const out: Found[] = [];
  for (const f of found) {
    const count = extractQuantities(f.text).find((q) => q.value >= 2);
    const at = clauses.indexOf(f.text);
    const next = count && at >= 0 ? clauses.slice(at + 1).findIndex((c) => !named.has(c) && ONE_OF.test(c) && saysOption(c)) : -1;
    if (!count || next < 0) {
      out.push(f);
      continue;
    }
    const one = clauses[at + 1 + next]!;
    // (anywhere in the request: a correction read first puts its clauses before the ones it corrects)
    const back = clauses.filter((c) => c !== one && c !== f.text && THAT_ONE.test(c) && saysOption(c));
    const said = f.text.slice(count.span[0], count.span[1]);
    const unit = count.unit && said.endsWith(count.unit) ? count.unit : '';
    out.push({ ...f, text: `${f.text.slice(0, count.span[0])}${count.value - 1}${unit}${f.text.slice(count.span[1])}` });
    out.push({ entity: f.entity, text: one, also: back });
  }
  // a clause that points back at the one that differs names no thing of its own (「杏仁那杯」 is no 杏仁拿铁)
  const pointed = new Set(out.flatMap((f) => f.also ?? []));
  return out.filter((f) => f.also !== undefined || !pointed.has(f.text));
}
