/**
 * The local planner's language understanding: pure functions from what the user said to
 * parameter values. It knows no mini-program; everything specific comes from the caller
 * (enum glosses from schemas, entities from earlier results). Chinese and English alike.
 */
export { daySaid } from './day-said.ts';
export { extractDateTime, type DateTimeReference, type DateTimeMention } from './extract-date-time.ts';
export { findPeriod, type Period } from './date-time-normalize.ts';
export { dayPartWindow, laterHalf, timeWindow, clockMinutes, clockText, type TimeWindow } from './time-window.ts';
export { timeRangeSaid } from './time-range.ts';
export { parseNumber } from './parse-number.ts';
export { groupedDigits } from './grouped-digits.ts';
export { extractQuantities, type Quantity } from './extract-quantities.ts';
export { parseEnumGlosses, type EnumOption } from './enum-glosses.ts';
export { matchEnum, refusedOptions, type EnumMatch } from './match-enum.ts';
export { refusedAt } from './refused-at.ts';
export { pickPlain, pickSuperlative, priceOf } from './superlative.ts';
export { matchEntities, type Entity, type EntityMatch, type MatchEntitiesOptions } from './match-entities.ts';
export { detectLanguage, messageLanguage } from './language.ts';
export { pinyinHits } from './pinyin-names.ts';
export { afterLeadingNo, isAffirmative, isAsideQuestion, isNegative, leadsWithYes, mentionsUsual } from './replies.ts';
export { settledReply } from './taken-back.ts';
export { splitClauses, type Clause } from './split-clauses.ts';
export { tokenize } from '../../catalog/search/index.ts';
export { serviceWords, tellingWords, thingWords, thingsOnly, withChineseWords, withSkillNames } from './service-words.ts';
export { askedWords, withAskedWords, withoutAskedWords } from './asked-words.ts';
export { cityInEnglish, citiesIn, cityOf, placeWords } from './cities.ts';
export { narrowByAmount, numbersSaid } from './number-fit.ts';
export { amountsSaid, holds, rangeOfField, rangesIn, type Amount, type Measure, type SizeRange } from './size-range.ts';
export { partySize, peopleSaid } from './party-size.ts';
export { asksDayClassPrice, blankDayClasses } from './day-class.ts';
export { arrivalBy, withoutArrival } from './arrive-by.ts';
export { kindWords } from './kind-words.ts';
export { complaintSpan, complaintWords, remedyAsked } from './complaint-words.ts';
export { findAddress, takesAddress } from './address.ts';
export { fold } from './find-phrases.ts';
export { wordForm } from './word-forms.ts';
export { mendedNames } from './misspelt-names.ts';
export { hanPairs } from './han-pairs.ts';
