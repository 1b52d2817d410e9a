import { USER_DATA_APIS } from '../package/index.ts';
import type { Effect } from './types.ts';

const NAVIGATE = new Set(['navigateTo', 'redirectTo', 'reLaunch', 'switchTab', 'navigateBack']);
const PAYMENT = new Set(['requestPayment', 'requestOrderPayment', 'requestPluginPayment']);
const REQUEST = new Set(['request', 'uploadFile', 'downloadFile', 'callFunction', 'connectSocket']);
const STORAGE = /^(set|remove|clear)(App)?Storage(Sync)?$/;

/** What calling `wx.<api>` does, for the graph; navigation is read at the call (it needs the url). */
export function wxEffect(api: string): Effect | undefined {
  if (PAYMENT.has(api)) return { kind: 'payment', via: `wx.${api}` };
  if (api === 'createOrder') return { kind: 'order', via: 'wx.createOrder' };
  if (REQUEST.has(api)) return { kind: 'request', via: `wx.${api}` };
  if (STORAGE.test(api)) return { kind: 'storage', via: `wx.${api}` };
  const scope = Object.hasOwn(USER_DATA_APIS, api) ? USER_DATA_APIS[api] : undefined;
  if (scope) return { kind: 'user-data', scope, via: `wx.${api}` };
  if (api === 'showToast' || api === 'showModal') return { kind: 'toast' };
  return undefined;
}

export function isNavigateApi(api: string): boolean {
  return NAVIGATE.has(api);
}

/** Effects without repeats (the same kind and target once). */
export function uniqueEffects(effects: Effect[]): Effect[] {
  const seen = new Set<string>();
  return effects.filter((e) => {
    const key = JSON.stringify(e);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
