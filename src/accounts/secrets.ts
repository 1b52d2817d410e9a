import { randomBytes } from 'node:crypto';
import { sha256 } from '../core/index.ts';

/** The three kinds of credential a user can hold. */
export type CredentialKind = 'web-session' | 'api-token' | 'sign-in-link';

/** A readable prefix per kind (`aos_t_…` is an API token, `aos_c_…` an agent client's key), so a leaked secret is recognisable in a scan. */
const PREFIX: Record<CredentialKind | 'client-key', string> = { 'web-session': 'aos_s_', 'api-token': 'aos_t_', 'sign-in-link': 'aos_l_', 'client-key': 'aos_c_' };

/** 256 random bits behind the kind's prefix. */
export function newSecret(kind: CredentialKind | 'client-key'): string {
  return `${PREFIX[kind]}${randomBytes(32).toString('base64url')}`;
}

/** What the store keeps instead of the secret (a fast hash suffices: the secret has 256 bits). */
export function secretHash(secret: string): string {
  return sha256(`agentos-credential:${secret}`);
}

/** The CSRF token that goes with a web session: derived from its secret, never stored. */
export function csrfTokenFor(sessionSecret: string): string {
  return sha256(`agentos-csrf:${sessionSecret}`).slice(0, 43);
}

export function kindOfSecret(secret: string): CredentialKind | 'client-key' | undefined {
  return (Object.entries(PREFIX) as [CredentialKind | 'client-key', string][]).find(([, prefix]) => secret.startsWith(prefix))?.[0];
}
