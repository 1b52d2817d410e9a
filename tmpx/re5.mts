import { loadPackage } from '../src/package/index.ts';
import { lintPackage } from '../src/review/index.ts';
import { compileSchema } from '../src/review/schema.ts';
const r = await loadPackage('ecosystem/packages/express');
if (r.ok) {
  const api = r.value.skills[0]!.apis.find((a) => a.name === 'shipParcel')!;
  lintPackage(r.value);
  const v = compileSchema(api.inputSchema); if (typeof v !== 'string') console.log('after lint', v(api.examples[0]!.arguments), JSON.stringify(v.errors));
}
