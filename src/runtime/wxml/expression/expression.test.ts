import { describe, expect, it } from 'vitest';
import { evaluateExpression } from '../evaluate-expression.ts';
import { compileMustache, evaluateCompiled } from './mustache.ts';
import { parseExpression } from './parse-expression.ts';
import { rootScope } from './scope.ts';
import { ExpressionSyntaxError } from './tokenize.ts';

const data = {
  user: { name: '小明', tags: ['vip', 'new'], address: { city: '上海' } },
  list: [10, 20, 30],
  price: 12.5,
  count: 3,
  zero: 0,
  empty: '',
  flag: true,
  key: 'name',
  nested: { 'a-b': 1 },
};
const run = (source: string): unknown => evaluateExpression(source, data);

describe('mustache expressions', () => {
  it('reads members by dot, index and string key', () => {
    expect(run('{{user.name}}')).toBe('小明');
    expect(run('{{list[1]}}')).toBe(20);
    expect(run("{{user['address'].city}}")).toBe('上海');
    expect(run('{{user[key]}}')).toBe('小明');
    expect(run("{{nested['a-b']}}")).toBe(1);
    expect(run('{{user?.address?.city}}')).toBe('上海');
  });

  it('knows literals: numbers, strings with escapes, true/false/null/undefined', () => {
    expect(run('{{42}}')).toBe(42);
    expect(run('{{.5}}')).toBe(0.5);
    expect(run('{{1e3}}')).toBe(1000);
    expect(run('{{0x10}}')).toBe(16);
    expect(run('{{"a\\"b"}}')).toBe('a"b');
    expect(run("{{'\\u4f60好'}}")).toBe('你好');
    expect(run('{{true}}')).toBe(true);
    expect(run('{{null}}')).toBe(null);
    expect(run('{{undefined}}')).toBe(undefined);
  });

  it('does arithmetic with JavaScript precedence', () => {
    expect(run('{{1 + 2 * 3}}')).toBe(7);
    expect(run('{{(1 + 2) * 3}}')).toBe(9);
    expect(run('{{count % 2}}')).toBe(1);
    expect(run('{{price * count}}')).toBe(37.5);
    expect(run('{{10 / 4 - 1}}')).toBe(1.5);
    expect(run('{{-count}}')).toBe(-3);
    expect(run('{{+"5" + 1}}')).toBe(6);
  });

  it('concatenates strings with + and shows numbers as WeChat does', () => {
    expect(run("{{'¥' + price}}")).toBe('¥12.5');
    expect(run('{{user.name + "您好"}}')).toBe('小明您好');
    expect(run('{{list + ""}}')).toBe('10,20,30');
  });

  it('compares and combines with logic and ternaries', () => {
    expect(run('{{count > 2}}')).toBe(true);
    expect(run('{{count <= 2}}')).toBe(false);
    expect(run("{{count == '3'}}")).toBe(true);
    expect(run("{{count === '3'}}")).toBe(false);
    expect(run('{{count != 3}}')).toBe(false);
    expect(run('{{flag && user.name}}')).toBe('小明');
    expect(run("{{empty || '无'}}")).toBe('无');
    expect(run("{{zero ?? 'x'}}")).toBe(0);
    expect(run('{{!flag}}')).toBe(false);
    expect(run('{{!!empty}}')).toBe(false);
    expect(run("{{count > 2 ? 'many' : count > 0 ? 'some' : 'none'}}")).toBe('many');
  });

  it('builds arrays and objects, with spread and shorthand', () => {
    expect(run('{{[1, count, ...list]}}')).toEqual([1, 3, 10, 20, 30]);
    expect(run('{{ {a: 1, b: count, ...user.address} }}')).toEqual({ a: 1, b: 3, city: '上海' });
    expect(evaluateExpression('{{ {count, price} }}', data)).toEqual({ count: 3, price: 12.5 });
  });

  it('reads .length of strings and arrays', () => {
    expect(run('{{list.length}}')).toBe(3);
    expect(run('{{user.name.length}}')).toBe(2);
    expect(run('{{user.tags.length > 1}}')).toBe(true);
  });

  it('calls only the whitelisted methods', () => {
    expect(run('{{price.toFixed(2)}}')).toBe('12.50');
    expect(run('{{(price * count).toFixed(1)}}')).toBe('37.5');
    expect(run("{{user.tags.join('、')}}")).toBe('vip、new');
    expect(run('{{list.indexOf(20)}}')).toBe(1);
    expect(run("{{user.name.indexOf('明')}}")).toBe(1);
    expect(run("{{user.tags.includes('vip')}}")).toBe(true);
    expect(run('{{list.slice(1).length}}')).toBe(2);
    expect(run('{{user.name.toUpperCase()}}')).toBe('小明');
    expect(run("{{list.map('x')}}")).toBe(undefined);
    expect(run('{{user.toFixed(2)}}')).toBe(undefined);
    expect(run('{{price.toFixed(1000)}}')).toBe(price20());
  });

  it('gives undefined for unknown names and members, never an error', () => {
    expect(run('{{nobody}}')).toBe(undefined);
    expect(run('{{nobody.deep.deeper[0]}}')).toBe(undefined);
    expect(run('{{count.foo}}')).toBe(undefined);
    expect(run('{{list[99]}}')).toBe(undefined);
    expect(run('{{nobody()}}')).toBe(undefined);
  });

  it('keeps the type of a value that is exactly one {{x}} and makes text of the rest', () => {
    expect(run('{{count}}')).toBe(3);
    expect(run('{{flag}}')).toBe(true);
    expect(run('{{list}}')).toEqual([10, 20, 30]);
    expect(run('{{count}}px {{price}}')).toBe('3px 12.5');
    expect(run(' {{flag}}')).toBe(' true');
    expect(run('item-{{nobody}}')).toBe('item-');
    expect(run('no mustache')).toBe('no mustache');
  });

  it('finds the closing braces outside strings and nested objects', () => {
    expect(run("{{ '}}' + 'x' }}")).toBe('}}x');
    expect(run('{{ {a: {b: 1}} }}')).toEqual({ a: { b: 1 } });
  });

  it('parses a template data attribute as an object body', () => {
    expect(evaluateExpressionObject('{{ ...user.address, count, label: "x" }}')).toEqual({ city: '上海', count: 3, label: 'x' });
    expect(evaluateExpressionObject('{{ user }}')).toEqual({ user: data.user });
  });

  it('reports malformed expressions with their position', () => {
    for (const bad of ['a +', '(a', 'a ? b', '[1, 2', "'open", 'a b', 'a.', '#x']) {
      expect(() => parseExpression(bad), bad).toThrow(ExpressionSyntaxError);
    }
    expect(() => parseExpression('('.repeat(200) + '1' + ')'.repeat(200))).toThrow(/nested deeper/);
    expect(compileMustache('{{ a + }}').kind).toBe('invalid');
  });
});

function price20(): string {
  return (12.5).toFixed(20);
}

function evaluateExpressionObject(value: string): unknown {
  return evaluateCompiled(compileMustache(value, true), rootScope(data));
}
