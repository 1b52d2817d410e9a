/** The tree of a parsed mustache expression. Plain data: cached and evaluated many times. */
export type Expression =
  | { type: 'literal'; value: string | number | boolean | null | undefined }
  | { type: 'name'; name: string }
  | { type: 'member'; object: Expression; property: Expression }
  | { type: 'call'; callee: Expression; args: Expression[] }
  | { type: 'unary'; operator: '!' | '-' | '+'; argument: Expression }
  | { type: 'binary'; operator: string; left: Expression; right: Expression }
  | { type: 'logical'; operator: '&&' | '||' | '??'; left: Expression; right: Expression }
  | { type: 'conditional'; test: Expression; consequent: Expression; alternate: Expression }
  | { type: 'array'; items: (Expression | Spread)[] }
  | { type: 'object'; properties: (Property | Spread)[] };

export interface Spread {
  type: 'spread';
  argument: Expression;
}

export interface Property {
  type: 'property';
  key: string;
  value: Expression;
}
