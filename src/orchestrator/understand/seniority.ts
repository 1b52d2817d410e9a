import type { Entity } from './match-entities.ts';

/** Asking for the highest rank there is: "the most senior one", 「最资深的」「职称最高的」「找个专家」. */
export const ASKS_SENIOR = /最资深|最高级|级别最高|职称最高|资历最老|最权威|专家号?|\b(?:most senior|most experienced|highest[- ]ranking|highest[- ]ranked|top[- ]ranked|most qualified)\b/i;

/** Asking for the lowest rank there is: "the most junior", 「级别最低的」. */
export const ASKS_JUNIOR = /级别最低|职称最低|最初级|\b(?:most junior|lowest[- ]ranking|lowest[- ]ranked)\b/i;

/**
 * Rank words of titles in general use, lowest first within a title: a deputy or associate
 * ("associate chief", 「副主任」) is below the head the rest of the title names, and an
 * attending, junior or assistant below both. Titles of doctors, designers, engineers alike.
 */
const RANKS: [RegExp, number][] = [
  [/副|deputy|associate|vice\b|assistant to/i, 2],
  [/主治|住院|初级|助理|实习|junior|assistant|attending|resident|trainee|intern\b/i, 1],
  [/主任|首席|总监|资深|高级|专家|chief|head\b|principal|senior|director|lead\b/i, 3],
];

/** Fields that hold a title or rank (`title`, `titleName`, `level`, 「职称」). */
const RANK_KEY = /title|Title|level|Level|rank|Rank|grade|Grade|职称|级别/;

/** The rank of an entity by its title fields: the highest any of them says; undefined where none says one. */
export function rankOf(entity: Entity): number | undefined {
  const ranks = Object.entries(entity.fields ?? {}).flatMap(([key, value]) => {
    if (!RANK_KEY.test(key)) return [];
    const rank = RANKS.find(([words]) => words.test(value))?.[1];
    return rank === undefined ? [] : [rank];
  });
  return ranks.length ? Math.max(...ranks) : undefined;
}
