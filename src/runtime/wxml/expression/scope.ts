import { isBlockedKey, readOwn } from './safe-value.ts';

/** The names an expression can see: the innermost `wx:for` item first, then outward to the page data. */
export interface Scope {
  readonly vars: Record<string, unknown>;
  readonly parent: Scope | undefined;
}

export function rootScope(data: Record<string, unknown>): Scope {
  return { vars: data, parent: undefined };
}

export function childScope(parent: Scope, vars: Record<string, unknown>): Scope {
  return { vars, parent };
}

/** An unknown name is undefined, never an error; only own data of each frame is visible. */
export function lookup(scope: Scope, name: string): unknown {
  if (isBlockedKey(name)) return undefined;
  for (let frame: Scope | undefined = scope; frame; frame = frame.parent) {
    if (Object.hasOwn(frame.vars, name)) return readOwn(frame.vars, name);
  }
  return undefined;
}
