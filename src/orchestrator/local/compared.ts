import { appOfTool } from '../../catalog/index.ts';
import { matchEntities, narrowByAmount, priceOf, type Entity } from '../understand/index.ts';
import type { Transcript } from '../planner.ts';
import { matchEntitiesAnyLanguage } from './choose-entities.ts';
import { entitiesIn } from './entities.ts';
import { everythingListed } from './searched.ts';
import { namesIn, ownerNames } from './by-owner.ts';
import { asksComparison } from './request-words.ts';

/** Asking of amounts owed (「哪个欠得多」, "which owes more"). */
const OWED = /欠|要交|该交|应缴|\bowe[sd]?\b/i;

/**
 * The answer to 「经济舱跟商务舱差多少钱」, "what's the price gap between X and Y?": the two things the
 * question names, each with its price, and which costs less by how much. Undefined where the
 * question names fewer than two priced things.
 */
export function comparedLine(texts: readonly string[], entities: Entity[], lang: 'zh' | 'en'): string | undefined {
  for (const text of texts) {
    const parts = text.split(/(?<=[？?。！!；;])/).filter((part) => /[\p{L}\p{N}]/u.test(part));
    for (const [index, part] of parts.entries()) {
      if (!asksComparison(part)) continue;
      let named = pricedNamed(part, entities);
      // (「海景房多少钱？比普通的双床房贵多少」: the one set against the other was named by the question before)
      const before = named.length === 1 && index > 0 ? pricedNamed(parts[index - 1]!, entities).filter((e) => e.id !== named[0]!.id) : [];
      if (before.length === 1) named = [before[0]!, named[0]!];
      // (「A店和B店哪家便宜」 of showings at several cinemas: each place by the lowest price of its own)
      if (named.length !== 2) named = ownersPriced(part, entities);
      if (named.length !== 2) continue;
      const [a, b] = named as [Entity, Entity];
      const [pa, pb] = [priceOf(a)!, priceOf(b)!];
      const money = (n: number) => `¥${n.toFixed(2)}`;
      const name = (e: Entity) => e.names[0] ?? e.id;
      const gap = Math.abs(pa - pb);
      const cheaper = pa < pb ? a : b;
      // (「哪个欠得多」: amounts owed, the larger said as owing more)
      if (OWED.test(part)) {
        const more = pa < pb ? b : a;
        if (lang === 'en') return `${name(a)} ${money(pa)}, ${name(b)} ${money(pb)}: ${gap === 0 ? 'the same' : `${name(more)} is ${money(gap)} more`}.`;
        return `${name(a)} ${money(pa)}，${name(b)} ${money(pb)}：${gap === 0 ? '一样多' : `${name(more)}多 ${money(gap)}`}。`;
      }
      if (lang === 'en') return `${name(a)} ${money(pa)}, ${name(b)} ${money(pb)}: ${gap === 0 ? 'the same price' : `${name(cheaper)} is ${money(gap)} cheaper`}.`;
      return `${name(a)} ${money(pa)}，${name(b)} ${money(pb)}：${gap === 0 ? '价格一样' : `${name(cheaper)}便宜 ${money(gap)}`}。`;
    }
  }
  return undefined;
}

/**
 * The owners a text names among the things listed (「东港和西港哪家便宜」 of sailings from three
 * piers), each as the cheapest of its own things under the owner's name: two, or none. Things
 * of one kind (the same fields) are read together, a kind at a time.
 */
function ownersPriced(part: string, entities: Entity[]): Entity[] {
  const kinds = new Map<string, Entity[]>();
  for (const entity of entities.filter((e) => priceOf(e) !== undefined)) {
    const kind = Object.keys(entity.fields ?? {}).sort().join(',');
    kinds.set(kind, [...(kinds.get(kind) ?? []), entity]);
  }
  for (const priced of kinds.values()) {
    const names = [...new Set(ownerNames(priced).flatMap((o) => o.names))];
    const owners: Entity[] = [];
    for (const piece of part.split(/和|跟|与|还是|或者|或|、|[,，]|\b(?:or|and|vs\.?|versus)\b/i)) {
      const owner = matchEntities(piece, names.map((name) => ({ id: name, names: [name] })))[0]?.entity.id;
      const own = owner ? priced.filter((e) => namesIn(e.fields).includes(owner)) : [];
      if (!owner || !own.length || owners.some((o) => o.names[0] === owner)) continue;
      const cheapest = own.reduce((a, b) => (priceOf(b)! < priceOf(a)! ? b : a));
      owners.push({ ...cheapest, names: [owner] });
    }
    if (owners.length === 2) return owners;
  }
  return [];
}

/**
 * The priced things a text names, in the order it names them: at each place, the best fit there (of
 * those fitting alike, the one whose range holds the size said, 「80平…场地布置」). A thing named
 * at every place is the one thing said in several words (「2小时的拉坯体验」).
 */
function pricedNamed(part: string, entities: Entity[]): Entity[] {
  // (an English question of things listed only in Chinese finds each by its everyday word, over the whole question)
  const hits = matchEntitiesAnyLanguage(part, entities, { several: true }).filter((hit) => priceOf(hit.entity) !== undefined);
  const whole = hits.every((hit) => hit.span[0] === 0 && hit.span[1] === part.length);
  const spans = new Map<string, typeof hits>();
  for (const hit of hits) {
    const key = whole ? hit.entity.id : hit.span.join(':');
    spans.set(key, [...(spans.get(key) ?? []), hit]);
  }
  if (!whole && spans.size > 1) {
    const everywhere = entities.filter((entity) => [...spans.values()].every((at) => at.some((hit) => hit.entity.id === entity.id)));
    if (everywhere.length === 1) return everywhere;
  }
  const best = [...spans.values()].map((at) => {
    const fitting = new Set(narrowByAmount(at.map((hit) => hit.entity), part).map((entity) => entity.id));
    const top = at.filter((hit) => fitting.has(hit.entity.id)).reduce((a, b) => (b.score > a.score ? b : a));
    return { entity: top.entity, at: top.span[0] };
  });
  return [...new Map(best.sort((a, b) => a.at - b.at).map((h) => [h.entity.id, h.entity])).values()];
}

/** Everything the results of one mini-program's calls listed so far. */
export function listedOf(appId: string, transcript: readonly Transcript[]): Entity[] {
  const all = everythingListed(transcript.filter((t) => t.role === 'tool-result' && appOfTool(t.toolId) === appId), entitiesIn);
  return [...new Map(all.map((e) => [e.id, e])).values()];
}
