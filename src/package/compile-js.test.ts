import { describe, expect, it } from 'vitest';
import { usesModuleSyntax } from './compile-js.ts';

describe('which JS is compiled: ES-module syntax at the start of a statement, nothing else', () => {
  it.each([
    ["import a from 'b'", true],
    ["import{a}from'b'", true],
    ["import 'polyfill'", true],
    ['export{a}', true],
    ["export * from './a'", true],
    ['export default Page({})', true],
    ["const later = import('y')", false],
    ['module.exports = { importantThing: 1 }', false],
    ["// import x from 'y'\nmodule.exports = 1", false],
    ["var text = 'export default'", false],
    ['exports.x = 1', false],
  ])('%s → %s', (source, expected) => {
    expect(usesModuleSyntax(source)).toBe(expected);
  });
});
