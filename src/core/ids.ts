import { randomBytes } from 'node:crypto';

/** Random bytes drawn from the CSPRNG a page at a time (one call per 4 KB, not one per id); no byte is handed out twice. */
const PAGE = 4096;
let page = Buffer.alloc(0);
let used = 0;

function random(size: number): Buffer {
  if (used + size > page.length) {
    page = randomBytes(PAGE);
    used = 0;
  }
  used += size;
  return page.subarray(used - size, used);
}

/** A short, sortable-enough random id with a readable prefix: `ses_3k9x…`. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${random(8).toString('hex')}`;
}

export function newToken(): string {
  return random(24).toString('base64url');
}
