import { compileSchema } from '../src/review/schema.ts';
const v = compileSchema({ type: 'object', properties: { p: { type: 'string', pattern: '^1\\d{10}$' } } });
if (typeof v !== 'string') { console.log(v({ p: '13600136000' }), JSON.stringify(v.errors)); console.log(v({ p: '13600136000' })); }
import { linearRegExp } from '../src/core/index.ts';
const r = linearRegExp('^1\\d{10}$', 'u'); console.log(r.test('13600136000'), r.test('13600136000'));
