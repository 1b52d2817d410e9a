import type { Entity } from '../understand/index.ts';

/** A person said by surname and title (「孟老师」「李医生」, "Coach Meng", "Dr. Li"): the surname, in Chinese or in Latin letters. */
const TITLED_ZH = /(?![男女新老大小私主外这那哪个位名])(\p{Script=Han})(?:老师|教练|医生|大夫|师傅|主任|教授)/u;
const TITLED_EN = /\b(?:[Cc]oach|[Dd]r\.?|[Dd]octor|[Tt]eacher|[Ii]nstructor|[Tt]rainer|M[rs]\.?|Mrs\.?|Miss|[Pp]rof(?:essor)?\.?)\s+([A-Z][a-z]+)\b/;

/** Fields that hold a person's name: who teaches, treats, cleans or serves. */
const PERSON_KEY = /coach|teacher|instructor|trainer|doctor|physician|staff|stylist|therapist|cleaner|worker|technician|guide|driver/i;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const LATIN_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/;

/**
 * 「明天上午孟老师那节课」, "Coach Meng's class": those listed whose person (a coach, a doctor) the
 * request says by surname and title, or by full name. An empty list where a person is said that
 * none of them has (the one listed then is no stand-in for the one asked); undefined where no
 * person is said, or nothing listed names one.
 */
export function entitiesByPerson(text: string, entities: readonly Entity[]): Entity[] | undefined {
  const people = entities.map((e) => Object.entries(e.fields ?? {}).filter(([key, value]) => PERSON_KEY.test(key) && (HAN_NAME.test(value) || LATIN_NAME.test(value))).map(([, value]) => value));
  if (!people.some((names) => names.length)) return undefined;
  const han = TITLED_ZH.exec(text)?.[1];
  const latin = TITLED_EN.exec(text)?.[1];
  const full = [...new Set(people.flat())].filter((name) => text.includes(name) || (LATIN_NAME.test(name) && text.toLowerCase().includes(name.toLowerCase())));
  if (!han && !latin && !full.length) return undefined;
  return entities.filter((_, i) => people[i]!.some((name) =>
    full.length ? full.includes(name) : (han !== undefined && HAN_NAME.test(name) && name.startsWith(han)) || (latin !== undefined && LATIN_NAME.test(name) && name.split(' ')[0] === latin)));
}
