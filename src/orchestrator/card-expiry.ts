import type { CardView, SequencedEvent } from './events.ts';

/**
 * The expiry filters that reach the card shown at `cardSeq`, from the events since it: an
 * `expireAllCards` after it, or an `expirePreviousCards` of a later card. `match: 'latest'`
 * reaches it only when no later matching card of the same mini-program came before the filter.
 * Whether the card's component is `expirable` is the runtime's to judge.
 */
export function expiryFilters(events: SequencedEvent[], cardSeq: number, card: CardView): unknown[] {
  const filters: unknown[] = [];
  const cards: { seq: number; card: CardView }[] = [];
  for (const event of events) {
    if (event.seq <= cardSeq) continue;
    if (event.type === 'card' && event.card.appId === card.appId) cards.push({ seq: event.seq, card: event.card });
    if (event.type !== 'cards-expire' || event.appId !== card.appId) continue;
    // expirePreviousCards comes right after the card that asked for it; that card is not "previous".
    const later = event.scope === 'previous' ? cards.slice(0, -1) : cards;
    if (event.scope === 'previous' && cards.length === 0) continue; // the tapped card itself asked
    const filter = (event.filter ?? {}) as { match?: unknown; componentPaths?: unknown };
    if (filter.match === 'latest' && later.some((c) => matches(filter, c.card.componentPath))) continue;
    filters.push(event.filter ?? {});
  }
  return filters;
}

function matches(filter: { componentPaths?: unknown }, componentPath: string): boolean {
  if (!Array.isArray(filter.componentPaths)) return true;
  const clean = (p: string) => p.replace(/^\/+/, '').replace(/\/index$/, '');
  return filter.componentPaths.some((p) => typeof p === 'string' && (clean(componentPath) === clean(p) || clean(componentPath).endsWith(`/${clean(p)}`)));
}
