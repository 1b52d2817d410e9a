import { complaintSpan, complaintWords, detectLanguage, kindWords, type Entity, type EntityMatch } from '../understand/index.ts';
import { descriptionOf } from './described.ts';
import { hanPiecesIn } from './name-pieces.ts';
import { KIND_FIELD } from './entities.ts';

/**
 * Where a request describes a thing instead of naming it — 「那个讲X的片子」, "that horror movie",
 * "the one about …" — the words of that description, and where they stand in the text.
 */
function describingClause(text: string): { words: string; span: [number, number] } | undefined {
  const found = detectLanguage(text) === 'en'
    ? /\b(?:that|the|this|any|some|an?)\s+((?:[\w'-]+\s+){1,3})(?:movie|film|flick|show|showing|play|book|class|course|one)s?\b/i.exec(text)
      // "anything animated", "something funny"
      ?? /\b(?:anything|something)\s+((?!for\b|to\b|on\b|at\b|in\b)[\w'-]+)/i.exec(text)
      ?? /\b(?:movie|film|show|one|class|book)\s+(?:about|where|with)\s+([^,.?!;]{3,60})/i.exec(text)
      // "an allergy medicine", "something for my cough"
      ?? /\b(?:an?|some|any|the|that)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)\s+(?:medicines?|medications?|meds|pills|tablets|remedy|remedies|drops|spray)\b/i.exec(text)
      ?? /\b(?:medicines?|medications?|meds|pills|tablets|something|anything|remedy)\s+for\s+([^,.?!;]{3,40})/i.exec(text)
    : /(?:那个|那部|那本|那场|那节|那款|那种|讲|关于)([^，,。.！!？?；;]{2,30}?)的/u.exec(text)
      ?? /([^，,。.！!？?；;\s]{2,30}?)的(?:片子|电影|影片|那部|那场|那个|那种|那款|剧|书|课|药)/u.exec(text)
      // 「看个悬疑片」「有动画电影吗」: the kind said before 片 or 电影
      ?? /(?:看个|看场|看部|看|有|个|部|场|啥|什么|些)([\u4e00-\u9fff]{2,3}?)(?:片|电影)(?![名段长])/u.exec(text);
  if (!found?.[1]) return undefined;
  const start = found.index + found[0].indexOf(found[1]);
  return { words: found[1], span: [start, start + found[1].length] };
}

/** Whether a request describes a thing by what it is about, a complaint or what it treats (「退烧药」, "an allergy medicine"). */
export function describesAThing(text: string): boolean {
  // (「一盒退烧药」: a remedy said by what it treats)
  return !!complaintSpan(text) || !!describingClause(text) || /\p{Script=Han}{2}药(?![店房方])/u.test(text);
}

/** What a thing says of itself: its description and the kinds it is filed under. */
function aboutText(entity: Entity): { description: string; kinds: string } {
  const kinds = Object.entries(entity.fields ?? {}).filter(([k]) => KIND_FIELD.test(k)).map(([, v]) => v).join(' ');
  return { description: descriptionOf(entity) ?? '', kinds };
}

/**
 * The one listed thing a request describes by what it is about rather than by its name
 * (「看那个守塔人等渡船的片子」 of films that each tell their story in a summary; "that horror
 * movie" of films filed under 恐怖; 「止泻的药」, "an allergy medicine" of remedies that each say what
 * they are for): the one whose description or kind holds the most of the
 * describing words, at least two pieces (a kind or a complaint said counts two), and more than any other. Words
 * every one of them says tell nothing apart.
 */
export function describedBy(text: string, entities: readonly Entity[]): EntityMatch | undefined {
  const described = descriptionScores(text, entities);
  if (!described) return undefined;
  const { scores, span } = described;
  const best = Math.max(...scores);
  if (best < 2 || scores.filter((s) => s === best).length !== 1) return undefined;
  return { entity: entities[scores.indexOf(best)]!, score: 0.5, span };
}

/**
 * All of the listed things a description fits as well as any does ("the cheapest cold medicine":
 * the remedies for colds, among which the cheapest is then picked); empty where it fits none.
 */
export function describedAmong(text: string, entities: readonly Entity[]): Entity[] {
  const described = descriptionScores(text, entities);
  if (!described) return [];
  const best = Math.max(...described.scores);
  return best < 2 ? [] : entities.filter((_, i) => described.scores[i] === best);
}

/** How well the request's description fits each listed thing, where it describes one. */
function descriptionScores(text: string, entities: readonly Entity[]): { scores: number[]; span: [number, number] } | undefined {
  // (「拉肚子了，…有啥药」「买一盒退烧药」: a complaint said is a description of its own)
  const span = complaintSpan(text);
  const clause = describingClause(text) ?? (span ? { words: '', span } : undefined);
  if (!clause || entities.length < 2) return undefined;
  const abouts = entities.map(aboutText);
  if (!abouts.some((a) => a.description || a.kinds)) return undefined;
  const english = detectLanguage(text) === 'en';
  const everywhere = (piece: string) => abouts.every((a) => `${a.description} ${a.kinds}`.includes(piece));
  // a kind the words say counts two where the thing is filed under it, one where its description says it;
  // a complaint (「拉肚子」, "hay fever") is read in the whole request, a remedy being asked for
  // (a complaint a remedy's use says counts two: what a remedy is for is what it is)
  const byKind = (groups: string[][], description: string, kinds: string, said = 1) => groups.reduce((sum, chinese) => {
    const telling = chinese.filter((zh) => !everywhere(zh));
    return sum + (telling.some((zh) => kinds.includes(zh)) ? 2 : telling.some((zh) => description.includes(zh)) ? said : 0);
  }, 0);
  const complaints = complaintWords(text);
  const scores = abouts.map(({ description, kinds }) => byKind(complaints, description, kinds, 2) + (english
    ? byKind(kindWords(clause.words), description, kinds)
    // (a piece of the words it is filed under counts two, as a kind said in English does)
    : hanPiecesIn(clause.words, `${description} ${kinds}`).filter(({ piece }) => !everywhere(piece)).reduce((sum, { piece }) => sum + (kinds.includes(piece) ? 2 : 1), 0)));
  return { scores, span: clause.span };
}
