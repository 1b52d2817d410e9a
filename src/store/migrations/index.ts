import foundation from './001-foundation.ts';
import trustPay from './002-trust-pay.ts';
import orchestrator from './003-orchestrator.ts';
import accounts from './004-accounts.ts';
import agentClients from './005-agent-clients.ts';
import storageSize from './006-storage-size.ts';
import catalogStamp from './007-catalog-stamp.ts';
import sessionsByUser from './008-sessions-by-user.ts';
import ledgerAccountsUnlocked from './009-ledger-accounts-unlocked.ts';
import writeOnceIndexes from './010-write-once-indexes.ts';
import paymentWrites from './011-payment-writes.ts';
import auditChain from './012-audit-chain.ts';
import confirmationsDue from './013-confirmations-due.ts';
import oneCheckPerTable from './014-one-check-per-table.ts';
import ledgerEntriesUnindexedId from './015-ledger-entries-unindexed-id.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: foundation },
  { version: 2, name: 'trust-pay', sql: trustPay },
  { version: 3, name: 'orchestrator', sql: orchestrator },
  { version: 4, name: 'accounts', sql: accounts },
  { version: 5, name: 'agent-clients', sql: agentClients },
  { version: 6, name: 'storage-size', sql: storageSize },
  { version: 7, name: 'catalog-stamp', sql: catalogStamp },
  { version: 8, name: 'sessions-by-user', sql: sessionsByUser },
  { version: 9, name: 'ledger-accounts-unlocked', sql: ledgerAccountsUnlocked },
  { version: 10, name: 'write-once-indexes', sql: writeOnceIndexes },
  { version: 11, name: 'payment-writes', sql: paymentWrites },
  { version: 12, name: 'audit-chain', sql: auditChain },
  { version: 13, name: 'confirmations-due', sql: confirmationsDue },
  { version: 14, name: 'one-check-per-table', sql: oneCheckPerTable },
  { version: 15, name: 'ledger-entries-unindexed-id', sql: ledgerEntriesUnindexedId },
];
