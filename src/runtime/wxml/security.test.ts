import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateExpression, parseWxml, renderWxml, toHtml, toText, type UiNode } from './index.ts';

const render = (source: string, data: Record<string, unknown> = {}): UiNode[] => {
  const parsed = parseWxml(source, 'pages/hostile.wxml');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return renderWxml(parsed.value, data);
};

afterEach(() => {
  // Nothing an expression did may leak into the host's prototypes.
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  expect((Array.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
});

describe('hostile expressions stay inside the interpreter', () => {
  const hostile = [
    "{{constructor.constructor('return process')()}}",
    "{{''.constructor.constructor('return process')()}}",
    "{{[].constructor.constructor('return this')()}}",
    '{{__proto__}}',
    '{{list.__proto__}}',
    "{{list['__pro' + 'to__']}}",
    "{{user['constructor']}}",
    '{{user.hasOwnProperty}}',
    '{{user.toString}}',
    '{{price.toFixed}}',
    '{{price.toFixed.call}}',
    '{{process}}',
    '{{globalThis}}',
    '{{this}}',
    "{{eval('1')}}",
    "{{Function('return 1')()}}",
    "{{require('fs')}}",
    '{{list.map}}',
    '{{user.valueOf()}}',
  ];

  for (const expression of hostile) {
    it(`${expression} is nothing`, () => {
      const value = evaluateExpression(expression, { list: [1], user: { name: 'x' }, price: 1 });
      expect(value === undefined || value === '' || typeof value === 'object').toBe(true);
      expect(typeof value).not.toBe('function');
      if (typeof value === 'object' && value !== null) expect(Object.keys(value)).toEqual([]);
    });
  }

  it('shows a hostile expression in a page as empty text, and the page still renders', () => {
    const tree = render("<view>a{{constructor.constructor('return process')().exit(1)}}b</view>");
    expect(toText(tree)).toBe('ab');
  });

  it('never calls a getter or a function found in data', () => {
    let touched = false;
    const data = {
      get secret() {
        touched = true;
        return 'leak';
      },
      fn: () => {
        touched = true;
        return 'leak';
      },
      holder: { toString: () => ((touched = true), 'leak'), valueOf: () => ((touched = true), 1) },
    };
    expect(evaluateExpression('{{secret}}', data)).toBeUndefined();
    expect(evaluateExpression('{{fn}}', data)).toBeUndefined();
    expect(evaluateExpression('{{fn()}}', data)).toBeUndefined();
    expect(evaluateExpression("{{holder + ''}}", data)).toBe('[object Object]');
    expect(evaluateExpression('{{holder * 2}}', data)).toBeNaN();
    expect(evaluateExpression('{{holder == 1}}', data)).toBe(false);
    expect(touched).toBe(false);
  });

  it('cannot pollute prototypes through object literals, template data or dataset', () => {
    const value = evaluateExpression('{{ {__proto__: {polluted: 1}, ...evil} }}', JSON.parse('{"evil": {"__proto__": {"polluted": 1}}}'));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    const tree = render(
      '<template name="t"><view data-__proto__="{{x}}" data-polluted="{{1}}">{{polluted}}</view></template><template is="t" data="{{ __proto__: {polluted: 1}, x: 2 }}"/>',
    );
    expect(Object.getPrototypeOf(tree[0]?.dataset)).toBe(Object.prototype);
    expect(toText(tree)).toBe('');
  });

  it('bounds what an expression can make: huge loops, deep nesting, long lists', () => {
    const tree = render('<view wx:for="{{1e9}}">{{index}}</view>');
    expect(tree.length).toBeLessThanOrEqual(20_001);
    expect(parseWxml(`<view>{{${'['.repeat(100)}1${']'.repeat(100)}}}</view>`).ok).toBe(false);
  });
});

describe('the renderer source', () => {
  it('never evaluates code with the host engine (no eval, no new Function)', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(path);
      }
    };
    walk(import.meta.dirname);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(|import\s*\(/);
    }
  });

  it('keeps a <script> in data as text in every drawer', () => {
    const tree = render('<view>{{html}}</view><image src="{{src}}"/>', { html: '<script>alert(1)</script><img src=x onerror=alert(1)>', src: 'javascript:alert(1)' });
    const html = toHtml(tree);
    expect(html).not.toMatch(/<script|<img src=x|javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(toText(tree)).toContain('<script>alert(1)</script>');
  });
});

describe('limits that keep the hub standing', () => {
  it('refuses markup nested absurdly deep instead of overflowing the stack', () => {
    const deep = '<view>'.repeat(5000) + '</view>'.repeat(5000);
    const result = parseWxml(deep, 'pages/deep.wxml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('nested deeper than 256 levels');
  });

  it('cuts nesting that templates build up at render time', () => {
    const messages: string[] = [];
    const levels = '<view>'.repeat(200) + '<template is="t"/>' + '</view>'.repeat(200);
    const parsed = parseWxml(`<template name="t">${levels}</template><template is="t"/>`, 'pages/t.wxml');
    if (!parsed.ok) throw new Error(parsed.error.message);
    renderWxml(parsed.value, {}, { onProblem: (p) => messages.push(p.message) });
    expect(messages.some((m) => m.includes('nested deeper than 512 levels'))).toBe(true);
  });
});
