export { openHub, composeHub, plannerFor, type Hub } from './open-hub.ts';
export { installPackage, installLoaded, packageId, type InstallResult, type InstallDeps } from './install.ts';
export { reviewInSandbox } from './review-deps.ts';
export { decide, parseRef } from './review-actions.ts';
export { platformServices } from './platform-services.ts';
export { pagePaymentSettler, type PagePayer } from './page-payments.ts';
export { sweepExpired, startExpirySweeps } from './expiry.ts';
export { PageSessions, type PageAction, type PageSessionDeps } from './page-sessions.ts';
