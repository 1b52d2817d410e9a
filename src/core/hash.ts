import { hash } from 'node:crypto';

/** Canonical JSON: object keys sorted at every depth, so equal values hash equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    // Keys in UTF-16 code unit order (the default sort); no prototype, so a key named __proto__ stays a key.
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) sorted[key] = sortKeys(item);
    }
    return sorted;
  }
  return value;
}

/** Hex SHA-256 (one-shot `crypto.hash`: a request's key is hashed to find its client, and `createHash` costs several times as much). */
export function sha256(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}

export function hashValue(value: unknown): string {
  return sha256(canonicalJson(value));
}
