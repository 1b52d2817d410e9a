import type { Transcript } from '../planner.ts';
import { matchEntities, type Entity } from '../understand/index.ts';
import { latestEntities } from './latest-results.ts';

/**
 * The one of a list that holds a thing the words name in full — the studio of the teacher said,
 * the pier of the ferry said — where the words name none of the list itself: what is named there
 * says which one is meant, over any default (the user's own city). Read from the list's latest
 * result, whose nested things carry their holder's `key`; undefined where they name none, or
 * things of several holders.
 */
export function holderOfNamed(transcript: readonly Transcript[], toolId: string, key: string, listed: readonly Entity[], texts: readonly string[]): Entity | undefined {
  const ids = new Set(listed.map((e) => e.id));
  const held = (latestEntities(transcript, toolId) ?? []).filter((e) => !ids.has(e.id) && ids.has(e.fields?.[key] ?? ''));
  const holders = new Set(texts.flatMap((text) => matchEntities(text, held)).filter((hit) => hit.score >= 0.9).map((hit) => hit.entity.fields![key]!));
  return holders.size === 1 ? listed.find((e) => holders.has(e.id)) : undefined;
}
