import { describe, expect, it } from 'vitest';
import { locateJsonPath, parseFieldPath, parseJsonText } from './json-text.ts';

describe('parseJsonText', () => {
  it('parses valid JSON, with or without a BOM', () => {
    expect(parseJsonText('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": 2,\n}', 4, 1, /Trailing comma/],
    ['{\n  "pages": [\n    "pages/index/index"\n    "pages/b/b"\n  ]\n}', 4, 5, /Expected "," or "]"/],
    ["{\n  'a': 1\n}", 2, 3, /double quotes/],
    ['{\n  "a": 1 // note\n}', 2, 10, /Expected "," or "}"/],
    ['{\n  "a": tru\n}', 2, 8, /expected a value/],
    ['{\n  "a": "x\n"}', 2, 10, /Unterminated string/],
    ['{"a": 1', 1, 8, /Expected "," or "}".*end of file/],
    ['', 1, 1, /empty/],
  ])('locates the error in %j at line %i column %i', (text, line, column, message) => {
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect({ line: result.line, column: result.column }).toEqual({ line, column });
    expect(result.message).toMatch(message);
  });
});

describe('locateJsonPath', () => {
  const text = '{\n  "apis": [\n    { "name": "a" },\n    {\n      "name": "b",\n      "inputSchema": { "type": "object" }\n    }\n  ]\n}';

  it('finds the line of a nested field', () => {
    expect(locateJsonPath(text, 'apis[1].name')).toBe(5);
    expect(locateJsonPath(text, 'apis[1].inputSchema.type')).toBe(6);
    expect(locateJsonPath(text, ['apis', 0])).toBe(3);
  });

  it('falls back to the closest existing ancestor', () => {
    expect(locateJsonPath(text, 'apis[1].description')).toBe(4);
  });

  it('parses field paths', () => {
    expect(parseFieldPath('apis[3].inputSchema.properties.storeId')).toEqual(['apis', 3, 'inputSchema', 'properties', 'storeId']);
  });
});
