import type { Expression, Property, Spread } from './ast.ts';
import { ExpressionSyntaxError, tokenize, type Token } from './tokenize.ts';

const MAX_DEPTH = 64;
const MAX_LENGTH = 4000;

const BINARY_PRECEDENCE: Record<string, number> = {
  '??': 1, '||': 2, '&&': 3,
  '==': 4, '!=': 4, '===': 4, '!==': 4,
  '<': 5, '>': 5, '<=': 5, '>=': 5,
  '+': 6, '-': 6,
  '*': 7, '/': 7, '%': 7,
};

const KEYWORDS: Record<string, string | number | boolean | null | undefined> = {
  true: true, false: false, null: null, undefined: undefined, NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY,
};

/**
 * Parses one mustache expression (the text between `{{` and `}}`). With `objectBody`, the text
 * is the inside of an object literal, as in `<template data="{{ ...item, index }}">`.
 */
export function parseExpression(source: string, objectBody = false): Expression {
  if (source.length > MAX_LENGTH) throw new ExpressionSyntaxError(`expression is longer than ${MAX_LENGTH} characters`, 0);
  const parser = new ExpressionParser(tokenize(source), source.length);
  const expression = objectBody ? parser.objectBody(undefined) : parser.expression(0);
  parser.expectEnd();
  return expression;
}

class ExpressionParser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[], private readonly length: number) {}

  expression(depth: number): Expression {
    this.enter();
    const test = this.binary(0);
    let result = test;
    if (this.take('?')) {
      const consequent = this.expression(depth + 1);
      this.expect(':');
      const alternate = this.expression(depth + 1);
      result = { type: 'conditional', test, consequent, alternate };
    }
    this.depth--;
    return result;
  }

  objectBody(closing: string | undefined): Expression {
    const properties: (Property | Spread)[] = [];
    while (!this.atEnd() && !(closing && this.peekPunct(closing))) {
      if (this.take('...')) {
        properties.push({ type: 'spread', argument: this.expression(0) });
      } else {
        const token = this.next();
        if (token.type !== 'name' && token.type !== 'string' && token.type !== 'number') {
          throw this.error('expected a property name', token);
        }
        const key = String(token.value);
        if (this.take(':')) {
          properties.push({ type: 'property', key, value: this.expression(0) });
        } else if (token.type === 'name') {
          properties.push({ type: 'property', key, value: { type: 'name', name: key } });
        } else {
          throw this.error('expected ":" after the property name', this.peek());
        }
      }
      if (!this.take(',')) break;
    }
    return { type: 'object', properties };
  }

  expectEnd(): void {
    if (!this.atEnd()) throw this.error('unexpected', this.peek());
  }

  private binary(minPrecedence: number): Expression {
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      const precedence = token?.type === 'punct' ? BINARY_PRECEDENCE[token.value] : undefined;
      if (precedence === undefined || precedence <= minPrecedence) return left;
      this.index++;
      const operator = (token as Token).value as string;
      const right = this.binary(precedence);
      left =
        operator === '&&' || operator === '||' || operator === '??'
          ? { type: 'logical', operator, left, right }
          : { type: 'binary', operator, left, right };
    }
  }

  private unary(): Expression {
    const token = this.peek();
    if (token?.type === 'punct' && (token.value === '!' || token.value === '-' || token.value === '+')) {
      this.index++;
      this.enter();
      const argument = this.unary();
      this.depth--;
      return { type: 'unary', operator: token.value, argument };
    }
    return this.postfix(this.primary());
  }

  private postfix(start: Expression): Expression {
    let expression = start;
    for (;;) {
      if (this.take('.') || this.take('?.')) {
        if (this.peekPunct('[')) continue;
        const token = this.next();
        if (token.type !== 'name') throw this.error('expected a property name after "."', token);
        expression = { type: 'member', object: expression, property: { type: 'literal', value: token.value } };
      } else if (this.take('[')) {
        const property = this.expression(0);
        this.expect(']');
        expression = { type: 'member', object: expression, property };
      } else if (this.take('(')) {
        const args: Expression[] = [];
        while (!this.peekPunct(')')) {
          args.push(this.expression(0));
          if (!this.take(',')) break;
        }
        this.expect(')');
        expression = { type: 'call', callee: expression, args };
      } else {
        return expression;
      }
    }
  }

  private primary(): Expression {
    const token = this.next();
    if (token.type === 'number' || token.type === 'string') return { type: 'literal', value: token.value };
    if (token.type === 'name') {
      if (Object.hasOwn(KEYWORDS, token.value)) return { type: 'literal', value: KEYWORDS[token.value] };
      return { type: 'name', name: token.value };
    }
    if (token.value === '(') {
      const inner = this.expression(0);
      this.expect(')');
      return inner;
    }
    if (token.value === '[') return this.arrayLiteral();
    if (token.value === '{') {
      this.enter();
      const object = this.objectBody('}');
      this.expect('}');
      this.depth--;
      return object;
    }
    throw this.error('unexpected', token);
  }

  private arrayLiteral(): Expression {
    this.enter();
    const items: (Expression | Spread)[] = [];
    while (!this.peekPunct(']')) {
      items.push(this.take('...') ? { type: 'spread', argument: this.expression(0) } : this.expression(0));
      if (!this.take(',')) break;
    }
    this.expect(']');
    this.depth--;
    return { type: 'array', items };
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw new ExpressionSyntaxError(`expression is nested deeper than ${MAX_DEPTH} levels`, this.peek()?.at ?? 0);
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private atEnd(): boolean {
    return this.index >= this.tokens.length;
  }

  private peekPunct(value: string): boolean {
    const token = this.peek();
    return token?.type === 'punct' && token.value === value;
  }

  private take(value: string): boolean {
    if (!this.peekPunct(value)) return false;
    this.index++;
    return true;
  }

  private next(): Token {
    const token = this.tokens[this.index++];
    if (!token) throw new ExpressionSyntaxError('expression ends too early', this.length);
    return token;
  }

  private expect(value: string): void {
    const token = this.peek();
    if (!this.take(value)) throw this.error(`expected "${value}"`, token);
  }

  private error(message: string, token: Token | undefined): ExpressionSyntaxError {
    if (!token) return new ExpressionSyntaxError(`${message}: expression ends too early`, this.length);
    const shown = token.type === 'string' ? JSON.stringify(token.value) : String(token.value);
    return new ExpressionSyntaxError(`${message} "${shown}"`, token.at);
  }
}
