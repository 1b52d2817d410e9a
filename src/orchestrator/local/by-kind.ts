import { type Entity, type EntityMatch } from '../understand/index.ts';
import { KIND_FIELD } from './entities.ts';

/** Fields in which a listed place names what it offers (「招牌：…、…、…」, `dishes`, `specialties`). */
const OFFERS_FIELD = /^(?:dishes|signatures?|specialt(?:y|ies)|popular|highlights|featured|招牌|招牌菜|菜品)$/i;

/** The words of one field: its parts, split at the marks that list them, each of two Han characters or four letters at least. */
function partsOf(value: string): string[] {
  return value.split(/[、,，/／;；|\s]+/).map((part) => part.trim()).filter((part) => /^\p{Script=Han}{2,}$/u.test(part) || /^[a-z][a-z'-]{3,}$/i.test(part));
}

export function fieldParts(entity: Entity, key: RegExp): string[] {
  return Object.entries(entity.fields ?? {}).filter(([k]) => key.test(k)).flatMap(([, v]) => partsOf(v));
}

/**
 * The one listed thing a request names by what it is or what it offers rather than by its name
 * (「馋海鲜了」「那家甜品站」 of stalls filed under their cuisine; 「来份蟹黄面」 of places whose
 * listing names the dishes they are known for; "the Cantonese place"): a kind or an offering said in
 * the text that one of them alone has. Undefined where none is said, or several have it.
 */
export function byKindOrOffer(text: string, entities: readonly Entity[]): EntityMatch | undefined {
  if (entities.length < 2) return undefined;
  for (const key of [KIND_FIELD, OFFERS_FIELD]) {
    const hits = entities.flatMap((entity) => fieldParts(entity, key).flatMap((part) => {
      const at = saidAt(text, part);
      return at ? [{ entity, score: 0.5, span: at }] : [];
    }).slice(0, 1));
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}

/** Where a word is said: a Chinese one anywhere, an English one as a word, in one number or the other ("dessert" of `Desserts`). */
export function saidAt(text: string, word: string): [number, number] | undefined {
  if (/\p{Script=Han}/u.test(word)) {
    const at = text.indexOf(word);
    return at >= 0 ? [at, at + word.length] : undefined;
  }
  const stem = word.toLowerCase().replace(/(?<=[a-z]{3})e?s$/, '');
  const found = new RegExp(`\\b${stem}(?:e?s)?\\b`, 'i').exec(text);
  return found ? [found.index, found.index + found[0].length] : undefined;
}
