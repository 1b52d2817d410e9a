import { askedWords, type Entity } from '../understand/index.ts';

/** Fields that hold when a place opens or closes (`open`, `close`, `openTime`, `businessHours`, `营业时间`). */
export const HOURS_KEY = /^(?:open|close|opens|closes|opening|closing|openAt|closeAt|openTime|closeTime|opensAt|closesAt|hours|businessHours|openingHours|营业时间|营业)$/i;
const CLOCK = /^(?:[01]?\d|2[0-4])[:：][0-5]\d$/;

/**
 * The hours of a listed place where the question asks them (「几点关门」, "still open at 11?") and its
 * line in the list does not say them, though the place carries them (`open: 06:30`, `close: 22:00`):
 * 「06:30–22:00」. '' where nothing is asked of hours, or the line already says them.
 */
export function hoursSaid(question: string, line: string, entity: Entity): string {
  if (!askedWords(question).includes('营业时间')) return '';
  const values = Object.entries(entity.fields ?? {}).filter(([key, value]) => HOURS_KEY.test(key) && value.trim()).map(([, value]) => value.trim());
  if (!values.length || values.some((value) => line.includes(value))) return '';
  return values.length === 2 && values.every((value) => CLOCK.test(value)) ? `${values[0]}–${values[1]}` : values.join('、');
}
