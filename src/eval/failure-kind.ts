import type { SequencedEvent } from '../orchestrator/index.ts';
import { type CapturedOrder, orderMatches, subset } from './judge.ts';
import type { OrderExpectation, Scenario } from './scenario.ts';
import type { ScenarioOutcome } from './simulate.ts';
import type { PackagePlaces } from './package-places.ts';
import { containsText } from './text-match.ts';

/**
 * What kind of failure a failed scenario is, read from what the hub did — which mini-program it
 * called, whether it made an order, whether the talk ended on a question the scenario's user had
 * no answer for — and never from what anyone said: a held-out set's failures can be counted by
 * kind without reading its sentences.
 */
export function failureKind(scenario: Scenario, outcome: Pick<ScenarioOutcome, 'failure' | 'events' | 'userTurns' | 'asked'> & Partial<Pick<ScenarioOutcome, 'paid' | 'refunded'>>, places?: PackagePlaces): string | undefined {
  const check = outcome.failure?.check;
  if (check === undefined) return undefined;
  const events = outcome.events;
  const calls = events.filter((e): e is Extract<SequencedEvent, { type: 'tool-call' }> => e.type === 'tool-call');
  const failedCalls = events.some((e) => e.type === 'tool-result' && e.isError);
  // the user ran out of answers: the last thing the hub did was ask what the request already said
  const askedMore = outcome.userTurns > 1 + scenario.answers.length;
  // the arguments the last list was read with, by name (a choice asked among a whole day's list was read without its film)
  const lastRead = calls.at(-1);
  const readWith = lastRead ? `; last read ${lastRead.api}(${Object.keys(lastRead.arguments ?? {}).sort().join(', ')})` : '';
  const refused = failedCalls ? refusal(events) : '';
  const ending = askedMore ? `with the hub asking more than the user had to say${outcome.asked ? `: ${outcome.asked}${readWith}` : ''}${refused}` : failedCalls ? `after a failed call${refused}` : 'on a plain reply';
  if (check === 'order-missing') {
    const wanted = new Set([...scenario.expect.paid, ...(scenario.expect.refunded ?? [])].map((o) => o.merchant));
    if (!calls.some((c) => wanted.has(c.appId))) return `no order: the mini-program was never called (${calls.length ? 'another was' : 'none was'})`;
    if (events.some((e) => e.type === 'confirmation-request')) return 'no order: a confirmation was asked, nothing captured';
    return `no order: the mini-program was called; ended ${ending}`;
  }
  if (check === 'order-differs') return `an order of another amount or content: ${difference([...scenario.expect.paid, ...(scenario.expect.refunded ?? [])], [...(outcome.paid ?? []), ...(outcome.refunded ?? [])], events, places)}`;
  if (check === 'order-unexpected') return 'an order or refund nobody asked for';
  if (check === 'reply-lacks') {
    const read = factWasRead(scenario, events);
    const place = read || !places ? '' : factPlace(scenario, places, [...new Set(calls.map((c) => c.appId))]);
    return `the reply lacks the fact: ${calls.length ? `called ${[...new Set(calls.map((c) => `${c.api}(${Object.keys(c.arguments ?? {}).sort().join(', ')})`))].join(', ')}, the fact ${read ? 'in' : 'in no'} result read${place}` : `nothing called${place}`}; ended ${ending}`;
  }
  if (check === 'reply-has') return 'a reply says what it must not';
  if (check === 'turns') return 'ran out of turns';
  if (check === 'invariant') return 'a safety invariant was broken';
  return 'the hub failed';
}

/**
 * How the order made differs from the one expected, by part: the item, its count, its options,
 * the order's details, or only the sum — the names of parts, never their values.
 */
function difference(expected: OrderExpectation[], actual: CapturedOrder[], events: SequencedEvent[], places?: PackagePlaces): string {
  const missed = expected.find((e) => !actual.some((o) => orderMatches(e, o)));
  if (!missed) return 'unmatched';
  const same = actual.filter((o) => o.merchant === missed.merchant);
  if (!same.length) return 'made at another mini-program';
  const parts = new Set<string>();
  for (const order of same) {
    if (!subset(missed.meta, order.meta)) parts.add(`details (${Object.keys(missed.meta ?? {}).filter((k) => !subset({ [k]: missed.meta?.[k] }, order.meta)).join(', ')})`);
    for (const line of missed.lines ?? []) {
      const item = order.lines.filter((l) => (line.ref === undefined || l.ref === line.ref) && (line.name === undefined || l.name.includes(line.name)));
      if (!item.length) {
        const made = order.lines.map((l) => l.ref);
        parts.add(`another item${line.ref === undefined ? '' : `${listedAt(events, line.ref, made, places?.placeOf([missed.merchant], line.ref, { exact: true }))}${fieldsApart(places, missed.merchant, line.ref, made)}`}`);
      }
      else if (line.qty !== undefined && !item.some((l) => l.qty === line.qty)) parts.add('another count');
      else if (!item.some((l) => subset(line.options, l.options))) parts.add('other options');
    }
    if (order.lines.length > (missed.lines?.length ?? order.lines.length)) parts.add('more lines');
  }
  return parts.size ? [...parts].join(', ') : 'the same lines, another sum';
}

/**
 * Where the item wanted and the item made stood in what was read: the last list holding the one
 * wanted, by the API that gave it and its argument names, and both places in it — or that no list
 * read held it, and where it `stands` in the package — never a value.
 */
function listedAt(events: SequencedEvent[], wanted: string, made: string[], stands?: string): string {
  const lists: { api: string; key: string; ids: string[] }[] = [];
  for (const [index, e] of events.entries()) {
    if (e.type !== 'tool-result' || e.isError) continue;
    const call = events.slice(0, index).findLast((c): c is Extract<SequencedEvent, { type: 'tool-call' }> => c.type === 'tool-call' && c.api === e.api);
    const api = `${e.api}(${Object.keys(call?.arguments ?? {}).sort().join(', ')})`;
    for (const [key, value] of Object.entries(e.structuredContent ?? {})) {
      if (!Array.isArray(value)) continue;
      lists.push({ api, key, ids: value.map((v) => (v && typeof v === 'object' ? Object.values(v).filter((x) => typeof x === 'string' || typeof x === 'number').map(String) : [String(v)]).join('\u0000')) });
    }
  }
  const holds = (ids: string, id: string) => ids.split('\u0000').includes(id);
  const list = lists.findLast((l) => l.ids.some((ids) => holds(ids, wanted)));
  if (!list) return ` (the one wanted in no list read${stands ? `; it stands in ${stands}` : ''})`;
  const at = (id: string) => list.ids.findIndex((ids) => holds(ids, id));
  const place = made.map(at).find((i) => i >= 0);
  return ` (the one wanted ${at(wanted) + 1} of ${list.ids.length} in ${list.key} read by ${list.api}; the one made ${place === undefined ? 'not in it' : place + 1})`;
}

/**
 * The fields by which the record of the item wanted differs from that of the item made, in the
 * package's data — their names only (a showing of another day, a class at another branch).
 */
function fieldsApart(places: PackagePlaces | undefined, appId: string, wanted: string, made: string[]): string {
  const want = places?.recordOf([appId], wanted);
  const got = made.map((ref) => places?.recordOf([appId], ref)).find((r) => r !== undefined);
  if (!want || !got) return '';
  const keys = [...new Set([...Object.keys(want), ...Object.keys(got)])]
    .filter((k) => String(want[k]) !== wanted && JSON.stringify(want[k]) !== JSON.stringify(got[k]));
  return keys.length ? `; it differs from the one made in ${keys.join(', ')}` : '';
}

/**
 * The last failed call by structure: its API and the names of its arguments, which of those names
 * the refusal mentions, the constant-like code it gives (「SOLD_OUT」) and the lists it offers, by key
 * and length — never a value or a sentence.
 */
function refusal(events: SequencedEvent[]): string {
  const index = events.findLastIndex((e) => e.type === 'tool-result' && e.isError);
  const failed = events[index] as Extract<SequencedEvent, { type: 'tool-result' }>;
  const call = events.slice(0, index).findLast((e): e is Extract<SequencedEvent, { type: 'tool-call' }> => e.type === 'tool-call' && e.api === failed.api);
  const names = Object.keys(call?.arguments ?? {}).sort();
  const text = `${failed.content} ${JSON.stringify(failed.structuredContent ?? {})}`;
  const named = names.filter((name) => text.includes(name));
  const code = Object.values(failed.structuredContent ?? {}).find((v): v is string => typeof v === 'string' && /^[A-Z][A-Z0-9_]{2,40}$/.test(v));
  const lists = Object.entries(failed.structuredContent ?? {}).filter(([, v]) => Array.isArray(v)).map(([k, v]) => `${k}[${(v as unknown[]).length}]`);
  return `; last failed ${failed.api}(${names.join(', ')})${named.length ? `, naming ${named.join(', ')}` : ''}${code ? `, code ${code}` : ''}${lists.length ? `, offering ${lists.join(', ')}` : ''}`;
}

/**
 * Where the fact the reply lacks stands in the packages of the mini-programs called (or expected
 * to be paid; or all): a file and key path, or nowhere — so a fact the skill's own text states, one in
 * data no call returned, and one the hub had to work out are told apart.
 */
function factPlace(scenario: Scenario, places: PackagePlaces, called: string[]): string {
  const apps = called.length ? called : [...new Set(scenario.expect.paid.map((o) => o.merchant))];
  for (const entry of scenario.expect.replyContains) {
    for (const option of Array.isArray(entry) ? entry : [entry]) {
      const place = places.placeOf(apps, option);
      if (place) return `; it stands in ${place}`;
    }
  }
  return `; it stands in no package${apps.length ? ' of those' : ''}`;
}

/** Whether the fact the reply lacks was in a result the hub read (so it was known and not said). */
function factWasRead(scenario: Scenario, events: SequencedEvent[]): boolean {
  const results = events.filter((e): e is Extract<SequencedEvent, { type: 'tool-result' }> => e.type === 'tool-result').map((e) => JSON.stringify([e.content, e.structuredContent ?? null]));
  return scenario.expect.replyContains.some((entry) => (Array.isArray(entry) ? entry : [entry]).some((o) => results.some((r) => containsText(r, o))));
}
