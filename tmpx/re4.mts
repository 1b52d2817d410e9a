import { loadPackage } from '../src/package/index.ts';
const r = await loadPackage('ecosystem/packages/express');
if (r.ok) { const api = r.value.skills[0]!.apis.find((a) => a.name === 'shipParcel')!; console.log(JSON.stringify((api.inputSchema.properties as any).recipientPhone), JSON.stringify(api.examples[0]!.arguments)); }
import { compileSchema } from '../src/review/schema.ts';
if (r.ok) { const api = r.value.skills[0]!.apis.find((a) => a.name === 'shipParcel')!; const v = compileSchema(api.inputSchema); if (typeof v !== 'string') console.log(v(api.examples[0]!.arguments), JSON.stringify(v.errors)); }
