import { extractQuantities, type Entity } from '../understand/index.ts';

/** A thing the order names, in the clause that names it; `also`: clauses said of it alone. */
export interface Found {
  entity: Entity;
  text: string;
  also?: string[];
  /** Where several are named in one clause, the part of it that is this one's ("two boxes of X | and a Y"): its count is said there. */
  own?: string;
}

/** One of those just counted (「一杯换杏仁奶」「其中一份」, "one of them with almond milk"). */
const ONE_OF = /^(?:其中|里面|有)?\s*[一1]\s*[杯个份碗瓶盒张件](?!\S*[杯个份碗瓶盒张件])|\bone of (?:them|those|the \w+)\b|^\s*(?:and )?one\b(?! more)/i;
/** Two of them each made its own way, said together (「一杯热的一杯冰的」「一杯热的，另一杯冰的」, "one hot, one iced"). */
const EACH = /^\s*((?:其中)?[一1]\s*[杯个份碗瓶盒张件][^，,、]{1,10}?)[，,、]?\s*((?:另)?[一1]\s*[杯个份碗瓶盒张件].{1,10})$|^\s*(one [^,]{1,24}?)\s*(?:,|and)\s*(?:and )?((?:the other|one) .{1,24})$/i;

/** Said of them all (「都要少糖」, "both large"): not of the one that differs alone. */
const OF_ALL = /都|全部|\ball\b|\bboth\b|\beach\b/i;

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
  const pointed = new Set<string>();
  for (const f of found) {
    const count = extractQuantities(f.text).find((q) => q.value >= 2);
    const at = clauses.indexOf(f.text);
    // 「一杯热的一杯冰的」, "one hot, one iced": each of two made its own way — the first is the one that
    // differs, the rest are made the second way
    const together = count && at >= 0 ? clauses.slice(at + 1).map((c) => EACH.exec(c)).find((m) => m && !named.has(m.input) && saysOption(m[1]!) && saysOption(m[2]!)) : undefined;
    // (said as two clauses of their own: "…, one spicy and one mild")
    const [first, second] = count && at >= 0 ? clauses.slice(at + 1, at + 3) : [];
    const apart = !together && first && second && [first, second].every((c) => ONE_OF.test(c) && !named.has(c) && saysOption(c)) ? ['', first, second] : undefined;
    const each = together ?? apart;
    const next = count && at >= 0 && !each ? clauses.slice(at + 1).findIndex((c) => !named.has(c) && ONE_OF.test(c) && saysOption(c)) : -1;
    if (!count || (next < 0 && !each)) {
      out.push(f);
      continue;
    }
    const one = each ? each[1]! : clauses[at + 1 + next]!;
    // (anywhere in the request: a correction read first puts its clauses before the ones it corrects)
    const back = clauses.filter((c) => c !== one && c !== f.text && THAT_ONE.test(c) && saysOption(c));
    const said = f.text.slice(count.span[0], count.span[1]);
    const unit = count.unit && said.endsWith(count.unit) ? count.unit : '';
    const rest = each ? `，${each[2]}` : '';
    const counted = (n: number) => `${f.text.slice(0, count.span[0])}${n}${unit}${f.text.slice(count.span[1])}`;
    // (「其中一杯换成脱脂奶、多加一份浓缩」: what is said right after it, naming nothing, is of it too, not of the rest)
    const from = clauses.indexOf(one);
    const after: string[] = [];
    for (const c of from >= 0 && !each ? clauses.slice(from + 1) : []) {
      if (named.has(c) || ONE_OF.test(c) || OF_ALL.test(c) || !saysOption(c)) break;
      after.push(c);
    }
    const also = f.also?.filter((c) => !after.includes(c));
    out.push({ ...f, text: `${counted(count.value - 1)}${rest}`, ...(also ? { also } : {}) });
    // (the one that differs is made as the others were in all else: 「两杯大杯…，一杯热的」 is a large one too)
    out.push({ entity: f.entity, text: one, also: [...after, ...back, counted(1)] });
    for (const clause of back) pointed.add(clause);
  }
  // a clause that points back at the one that differs names no thing of its own (「杏仁那杯」 is no 杏仁拿铁)
  return out.filter((f) => f.also !== undefined || !pointed.has(f.text));
}
