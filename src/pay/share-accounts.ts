import type { Store } from '../store/index.ts';
import { accountId } from './ledger.ts';
import type { CheckedSplit } from './split.ts';
import type { AccountView } from './types.ts';

type NewAccount = Omit<AccountView, 'balanceFen'>;

/** The accounts a capture's shares go to besides the merchant: the entrance's and the operator's, when they get any. */
export function shareAccounts(entrance: string, shares: { entranceFen: number; operatorFen: number }): NewAccount[] {
  return [
    ...(shares.entranceFen > 0 ? [{ id: accountId.entrance(entrance), kind: 'entrance' as const, owner: entrance, name: entrance }] : []),
    ...(shares.operatorFen > 0 ? [{ id: accountId.operator, kind: 'operator' as const, owner: 'operator', name: 'AgentOS operator' }] : []),
  ];
}

const known = new WeakMap<Store, Set<string>>();

/**
 * Accounts this process saw committed durably in a store (its own synchronous commit, or a
 * capture's, which flushes everything before it): a capture or an order need not insert them
 * again (accounts are never removed).
 */
export function accountsKnown(store: Store): Set<string> {
  let ids = known.get(store);
  if (!ids) known.set(store, (ids = new Set()));
  return ids;
}

/** Whether every account the policy may pay a share to is known to exist, whatever the amount. */
export function shareAccountsKnown(store: Store, split: CheckedSplit, entrance: string): boolean {
  const ids = accountsKnown(store);
  return (split.entranceBp === 0 || ids.has(accountId.entrance(entrance))) && (split.operatorBp === 0 || ids.has(accountId.operator));
}
