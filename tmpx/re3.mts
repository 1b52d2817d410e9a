import { linearRegExp } from '../src/core/index.ts';
const r = linearRegExp('^1\\d{10}$', 'u');
for (const s of ['13600136000', 'abc', '13600136000', '1360013600', '13600136000', '', '13600136000']) console.log(JSON.stringify(s), r.test(s));
