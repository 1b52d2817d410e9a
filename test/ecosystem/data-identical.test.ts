import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = join(ROOT, '..', 'shared', 'ecosystem', 'data');

describe('the sample ecosystem data', () => {
  it('is byte-identical to ../shared/ecosystem/data, in the project and in each package', () => {
    expect(existsSync(SHARED), `${SHARED} is missing: check ../shared out beside the project (the data's source of truth)`).toBe(true);
    const files = readdirSync(SHARED).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const shared = readFileSync(join(SHARED, file));
      expect(readFileSync(join(ROOT, 'ecosystem', 'data', file)).equals(shared), `ecosystem/data/${file}`).toBe(true);
      const merchant = file.replace(/\.json$/, '');
      const inPackage = join(ROOT, 'ecosystem', 'packages', merchant, 'data', file);
      if (merchant !== 'users') expect(readFileSync(inPackage).equals(shared), inPackage).toBe(true);
    }
  });
});
