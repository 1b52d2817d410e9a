import { randomBytes } from 'node:crypto';

/** A short, sortable-enough random id with a readable prefix: `ses_3k9x…`. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomBytes(8).toString('hex')}`;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}
