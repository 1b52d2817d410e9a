import type { Probe } from './probe-search.ts';
/** A question the planner put to the user, and how to read the answer. */
export interface Ask {
  /** Parameters the answer fills: a path like `storeId` or `items.0.drinkId`. */
  params: string[];
  /** `agree`: a yes or no to what a result asked (a fee to accept) fills the boolean parameter `params[0]`. */
  kind: 'entity' | 'enum' | 'value' | 'agree';
  candidates?: { id: string; names: string[]; fields?: Record<string, string> }[];
  /** An answer left several of the candidates (「枫林的」 of sessions at three stores): asked again among those. */
  narrowed?: boolean;
  many?: boolean;
  /** The options an enum question offers, where fewer than the parameter takes (the times of the part of the day said). */
  options?: { code: string; glosses: string[] }[];
  /** None of the candidates is at the time or part of the day the request said: the question says so first. */
  noneWhenSaid?: boolean;
  /** What the question calls the value, where a failed call named it (「收货地址」): before the schema's own label. */
  label?: string;
}

/** One thing the user asked for: one goal API of one mini-program, with the arguments found so far. */
export interface Goal {
  text: string;
  toolId: string;
  args: Record<string, unknown>;
  /** Arguments already decided (filled or answered), by path. */
  decided: string[];
  /** Answers the user gave for this goal, read along with the request. */
  answers: string[];
  status: 'open' | 'called' | 'done' | 'dropped';
  asking?: Ask;
  /** How many times the goal API was called (retries after a recoverable error). */
  attempts: number;
  /** Parameters a failed call named as missing. */
  wanted: string[];
  /** The goal's call failed: the next message may amend it, or ask for something else. */
  failed?: boolean;
  /** Values from the user's remembered preferences ("the usual"). */
  usual?: Record<string, unknown>;
  /** What the request orders beside the usual (「老样子来一杯，再带一杯冰的乌龙」's second clause): lines of their own. */
  besideUsual?: string;
  /** What the user is told along with the call, or the question asked before it (a thing left out of the order and why, a limit asked about). */
  notices?: string[];
  /** The clauses of the request already asked about as a choice among several things they describe (each asked once). */
  askedAmong?: string[];
  /** What the person asked to be told once the act is done (「订好告诉我几点前退不扣钱」): answered from its results. */
  askedAfter?: string;
  /** The skill's documents were read for a limit or a fee asked beside the act (once a goal). */
  docsRead?: boolean;
  /**
   * Where in the transcript this goal's lists start: the same act repeated for another thing reads
   * lists of its own, not those read for the one before (-1: set when the goal begins).
   */
  since?: number;
  /** What is wanted first where the request says what instead (「没有的话就订…」): the goal after it is that. */
  firstChoice?: boolean;
  /** What instead: run only if the goal before it fails, dropped once that one is done. */
  orElse?: boolean;
  /** What instead, once the first choice was refused: the arguments tried and the refusal (「要是没票就坐下一班」 reads them). */
  tried?: { args: Record<string, unknown>; refusal: string };
  /** The things the first choice was refused for (`refused-things.ts`): never chosen for what instead. */
  refused?: string[];
  /** Whether the list was asked for again because it held only what was refused (it is, once). */
  relisted?: boolean;
  /** What the user added after an answer (「…对了，时间改成八点」): read into the goal when it goes on. */
  afterthought?: string;
  /**
   * A search for what the goal needs failed where the request narrowed it to one place: it is
   * searched again without the place (`place`: the one left out, once that search is called).
   */
  elsewhere?: { toolId: string; arguments: Record<string, unknown>; place?: string };
  /** A price question about an order not to be made: the order is filled and priced, never called (the list it was, where it cannot be priced). */
  quote?: string;
  /** The whole of the last answer, which may say more than was asked ("3, premium seats"): read for values taken by default. */
  alsoSaid?: string;
}

/** The local planner's durable notes, kept in the session between steps. */
export interface LocalMemo {
  goals: Goal[];
  /** Transcript length already read. */
  cursor: number;
  /** The mini-program of the last request that found one: what a later 「刚才那单」 or "cancel it" is about. */
  lastApp?: string;
  /** A source call in flight: which goal and parameter it resolves. */
  resolving?: { goal: number; param: string; toolId: string };
  /** A name no list knows, being looked up in each mini-program that searches by words (`probe-search.ts`). */
  probe?: Probe;
}

export function emptyMemo(): LocalMemo {
  return { goals: [], cursor: 0 };
}

/** The memo a session kept, or a fresh one where it kept none (or another planner's). */
export function normaliseMemo(memo: unknown): LocalMemo {
  const m = memo as Partial<LocalMemo> | undefined;
  return m && Array.isArray(m.goals) ? { ...emptyMemo(), ...m } as LocalMemo : emptyMemo();
}

/** What the user said instead of `goal` (「没有的话就…」), waiting until the first choice fails: the goal after it, while it waits. */
export function waitingInstead(memo: LocalMemo, goal: Goal): Goal | undefined {
  const next = memo.goals[memo.goals.indexOf(goal) + 1];
  return next?.orElse && next.status === 'open' ? next : undefined;
}
