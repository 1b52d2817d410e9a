export { TrustService, type TrustServiceOptions } from './trust-service.ts';
export {
  AuditLog, auditHash, auditInsert, auditRecords,
  type AuditAnchor, type AuditEntryInput, type AuditKind, type AuditRecord, type AuditVerification,
} from './audit-log.ts';
export { isConsentScope } from './consent.ts';
export { confirmationForCaptureJson, confirmationFromJson, voidPendingConfirmations } from './payment-gate.ts';
export { transact, retrying, isRetryableError } from './transact.ts';
export { sqlParams } from './sql-params.ts';
export { yuanText } from './confirmation-rows.ts';
export * from './types.ts';
