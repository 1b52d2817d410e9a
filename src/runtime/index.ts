export type * from './types.ts';
export { Runtime, findApi, type RuntimeOptions } from './runtime.ts';
export { openIdFor } from './call-host.ts';
export { errorEnvelope, checkEnvelope } from './envelope.ts';
export { checkAgainst } from './schemas.ts';
export { SHARED_STORAGE_USER } from './storage.ts';
export type { UiNode } from './wxml/index.ts';
export { scratchServices, REVIEW_PROFILE } from './review-services.ts';
export { PageSession, type PageAccess, type PageSessionOptions, type PageState, type PageOutcome, type PendingPayment, type ModalView, type PaymentSettler, type PageEvent } from './page/index.ts';
