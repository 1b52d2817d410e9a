import { fileURLToPath } from 'node:url';
import { testHub } from '../test/support/hub-fixture.ts';
const COFFEE = fileURLToPath(new URL('../ecosystem/packages/coffee', import.meta.url));
const hub = await testHub([COFFEE]);
const counts = new Map<string, number>();
const store = hub.store as any;
const wrap = (name: string, fn: any) => (text: string, ...rest: any[]) => { const k = `${name}: ${String(text).replace(/\s+/g, ' ').slice(0, 110)}`; counts.set(k, (counts.get(k) ?? 0) + 1); return fn(text, ...rest); };
for (const m of ['query', 'exec']) store[m] = wrap(m, store[m].bind(store));
store.asyncCommit = { query: wrap('async', store.asyncCommit.query), exec: store.asyncCommit.exec };
const tx = store.transaction.bind(store);
store.transaction = (fn: any) => { counts.set('TRANSACTION', (counts.get('TRANSACTION') ?? 0) + 1); return tx((t: any) => fn({ query: wrap('tx', t.query.bind(t)), exec: t.exec.bind(t) })); };
for (let i = 0; i < 3; i++) { const s = await hub.orchestrator.openSession('demo', 'a2a'); await hub.orchestrator.send(s, { type: 'message', text: '晨光咖啡北京有哪些门店？' }); }
counts.clear();
const N = 10;
for (let i = 0; i < N; i++) { const s = await hub.orchestrator.openSession('demo', 'a2a'); await hub.orchestrator.send(s, { type: 'message', text: '晨光咖啡北京有哪些门店？' }); }
let total = 0;
for (const [k, v] of [...counts.entries()].sort((a, b) => b[1] - a[1])) { total += v; console.log((v / N).toFixed(1).padStart(5), k); }
console.log('per turn', (total / N).toFixed(1));
await hub.close();
