/**
 * The mini-program view: a person (or the page operator) using a mini-program's pages in
 * the sandbox — navigation, lifecycle, events, forms, consent and payments on the user's answer.
 */
export { PageSession } from './page-session.ts';
export type { PageAccess, PageSessionOptions, PageState, PageOutcome, PendingPayment, ModalView, PaymentSettler } from './types.ts';
export type { PageEvent } from './page-events.ts';
