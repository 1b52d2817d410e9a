import type { Entity } from '../understand/index.ts';

/**
 * A thing named and then set aside — 「单车就算了」, 「包间不考虑」, "skip the spin class", "spinning
 * is out": where it is said, so that a value it names is not read as wanted.
 */
const SET_ASIDE = /[^，,。；;！!？?\s]{1,12}?(?:就|也)?(?:算了|不考虑了?|免了)|\bskip(?:ping)?\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?|\b[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|are)\s+out\b/giu;

/** The text with what it sets aside replaced as `blank` says (the same length keeps spans true). */
export function blankSetAside(text: string, blank: (said: string) => string): string {
  return text.replace(SET_ASIDE, blank);
}

/** The spans of the text that name something only to set it aside. */
export function setAsideSpans(text: string): [number, number][] {
  return [...text.matchAll(SET_ASIDE)].map((m) => [m.index, m.index + m[0].length]);
}

/** The words of refusing, not of what is refused. */
const REFUSING = /就算了|也算了|算了|不考虑了?|免了|不需要|就不要了|不要|不用|别|\b(?:skip(?:ping)?|the|is|are|out|no|not|without)\b/giu;

/**
 * Those of the listed things a refusal names by part of a value only they carry (「单车就算了」 of a
 * class whose type is 动感单车): none where the words name no value, or name one all of them share.
 */
export function refusedByPart(refused: string, entities: readonly Entity[]): Entity[] {
  const pieces = refused.replace(REFUSING, ' ').split(/[^\p{Script=Han}\w'-]+/u).filter((p) => (/\p{Script=Han}/u.test(p) ? p.length >= 2 : p.length >= 4));
  if (!pieces.length) return [];
  const carries = (e: Entity, piece: string) => Object.values(e.fields ?? {}).some((v) => typeof v === 'string' && v.length <= 16 && v.toLowerCase().includes(piece.toLowerCase()));
  const out = entities.filter((e) => pieces.some((piece) => carries(e, piece)));
  return out.length < entities.length ? out : [];
}
