import type { Transcript } from '../planner.ts';
import { matchEntities, type Entity } from '../understand/index.ts';
import { entitiesIn } from './entities.ts';

/** Giving up what was asked (「算了」, "never mind") at the start of a message. */
const GIVE_UP = /^\s*(?:那就?|那)?算了|^\s*(?:never ?mind|forget (?:it|that)|oh well|fine|ok(?:ay)?)\b/i;
/** Saying what instead (「换成…」「改成…」, "make it …", "… instead"). */
const INSTEAD = /换成|改成|改为|换个|换一[杯个份张家]|\binstead\b|\bmake it\b|\bswitch (?:it )?to\b|\bgo with\b/i;

/**
 * A no that gives up one choice for another (「那算了，换成热的青柠乌龙吧」, "never mind, make it a tea
 * instead"): a change of the request, not the end of it.
 */
export function changesInstead(text: string): boolean {
  const rest = text.replace(GIVE_UP, '');
  return rest !== text && INSTEAD.test(rest);
}

/**
 * The request with the things it named taken out, where the change names things of the same list
 * (「荔枝冰茶…」 then 「换成青柠乌龙」: drinks of the menu): the new things replace the old; the rest
 * (the store, the pickup, the temperature) stays to be read. Unchanged where the change names none.
 */
export function withoutReplaced(request: string, change: string, lists: readonly (readonly Entity[])[]): string {
  let out = request;
  for (const listed of lists) {
    if (!matchEntities(change, listed).length) continue;
    for (const { span: [start, end] } of [...matchEntities(out, listed)].sort((a, b) => b.span[0] - a.span[0])) out = `${out.slice(0, start)}${out.slice(end)}`;
  }
  return out;
}

/** The lists a mini-program's results gave in the conversation (its menu, its stores), one per result. */
export function listedBy(appId: string, transcript: readonly Transcript[]): Entity[][] {
  return transcript.flatMap((t) => (t.role === 'tool-result' && !t.isError && t.toolId.startsWith(`${appId}.`) ? [entitiesIn(t.structuredContent)] : []));
}
