export { Accounts, LIFETIME_MS, type Principal, type CredentialView, type IssuedCredential } from './accounts.ts';
export { ROLES, isRole, hasRole, type Role } from './roles.ts';
export { csrfTokenFor, kindOfSecret, type CredentialKind } from './secrets.ts';
export { PASSWORD_MIN, PASSWORD_MAX, DEFAULT_SCRYPT, type ScryptParams } from './password.ts';
export { AgentClients, checkClientName, type AgentClient } from './agent-clients.ts';
