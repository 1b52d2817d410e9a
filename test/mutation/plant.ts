/**
 * Plants each bug of `planted-bugs.json` (issue 15's list) one at a time, runs the tests named for
 * it, and puts the file back: every bug must make at least one test fail. A pattern that no longer
 * matches is reported, not skipped silently (the code moved: update the entry).
 * `nice -n 10 npx tsx test/mutation/plant.ts [id ...]`; never run it while Stryker copies the tree.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

interface PlantedBug { id: string; bug: string; file: string; from: string; to: string; tests: string[] }

const bugs = JSON.parse(readFileSync(new URL('./planted-bugs.json', import.meta.url), 'utf8')) as PlantedBug[];
const only = process.argv.slice(2);
let restore: (() => void) | undefined;
process.on('SIGINT', () => { restore?.(); process.exit(130); });

let missed = 0;
for (const bug of bugs.filter((b) => only.length === 0 || only.includes(b.id))) {
  const original = readFileSync(bug.file, 'utf8');
  const found = original.split(bug.from).length - 1;
  if (found !== 1) {
    console.log(`${bug.id}: the pattern occurs ${found} times in ${bug.file}; update the entry`);
    missed++;
    continue;
  }
  restore = () => writeFileSync(bug.file, original);
  try {
    writeFileSync(bug.file, original.replace(bug.from, () => bug.to));
    const run = spawnSync('npx', ['vitest', 'run', ...bug.tests, '--hookTimeout=300000', '--testTimeout=300000'], { encoding: 'utf8', env: { ...process.env, AGENTOS_TEST_PG: 'off' } });
    const output = `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    const failing = [...new Set(output.split('\n').filter((line) => line.trim().startsWith('×')).map((line) => line.trim()))];
    if (run.status === 0) missed++;
    console.log(`${bug.id} (${bug.bug}): ${run.status === 0 ? 'NOT CAUGHT' : `caught by\n  ${failing.join('\n  ')}`}`);
  } finally {
    restore();
    restore = undefined;
  }
}
process.exit(missed ? 1 : 0);
