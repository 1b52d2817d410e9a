import type { Entity } from '../understand/index.ts';

/** Flags a listed thing carries that say it cannot be ordered here: a prescription drug, sold out, out of stock. */
const BLOCKING_TRUE = /^(?:prescriptionOnly|rx|rxOnly|soldOut|soldout|outOfStock|unavailable|discontinued)$/i;
const BLOCKING_FALSE = /^(?:inStock|available|orderable|onSale|canOrder|purchasable)$/i;

/** Why a listed thing cannot be ordered, in the user's language; undefined when nothing it carries says so. */
export function whyUnavailable(entity: Entity, lang: 'zh' | 'en'): string | undefined {
  for (const [key, value] of Object.entries(entity.fields ?? {})) {
    const blocked = (BLOCKING_TRUE.test(key) && value === 'true') || (BLOCKING_FALSE.test(key) && value === 'false');
    if (!blocked) continue;
    const name = entity.names[0] ?? entity.id;
    if (/rx|prescription/i.test(key)) return lang === 'en' ? `${name} is prescription-only and cannot be ordered online` : `${name} 是处方药，需凭处方到店购买，不能在线下单`;
    if (/stock|sold/i.test(key)) return lang === 'en' ? `${name} is out of stock here` : `${name} 这里暂时缺货`;
    return lang === 'en' ? `${name} cannot be ordered now` : `${name} 目前不能下单`;
  }
  return undefined;
}

const FULL_STATUS = /^(?:full|fully[ _-]?booked|sold[ _-]?out|closed|unavailable|已满|满员|约满|已约满|售罄|满房|已售完)$/i;
const LEFT_COUNT = /^(?:[a-z]+Left|remaining|left|stock|quota|availableSeats|availableSpots|availableRooms|availableSlots|余票|余位|余号|剩余)$/i;
const FULL_FLAG = /^(?:full|isFull|fullyBooked|isFullyBooked)$/i;

/** A listed session, room, show or doctor that is full (`status: full`, `spotsLeft: 0`, `full: true`): not one to pick for the user. */
export function isFull(entity: Entity): boolean {
  return Object.entries(entity.fields ?? {}).some(([key, value]) => (/status|state/i.test(key) && FULL_STATUS.test(value)) || (LEFT_COUNT.test(key) && value === '0') || (FULL_FLAG.test(key) && value === 'true'));
}

/** Those of a list not full, or the list itself when every one is (the mini-program then says so). */
export function openOnes(entities: readonly Entity[]): Entity[] {
  const open = entities.filter((e) => !isFull(e));
  return open.length ? open : [...entities];
}
