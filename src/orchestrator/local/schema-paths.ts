import type { JsonSchema } from '../../package/index.ts';

/** A leaf parameter of a tool, possibly inside an array of items (`items.0.drinkId`). */
export interface ParamRef {
  path: string;
  name: string;
  schema: JsonSchema;
  required: boolean;
}

export function getPath(target: Record<string, unknown>, path: string): unknown {
  let value: unknown = target;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o: Record<string, unknown> = target;
  keys.slice(0, -1).forEach((k, i) => {
    if (o[k] === null || typeof o[k] !== 'object') o[k] = /^\d+$/.test(keys[i + 1] ?? '') ? [] : {};
    o = o[k] as Record<string, unknown>;
  });
  o[keys[keys.length - 1] ?? ''] = value;
}

/** The object-array parameter of a schema, if it has one (`items: [{…}]`). */
export function itemArray(schema: JsonSchema): { name: string; schema: JsonSchema; required: boolean } | undefined {
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    if (s.type === 'array' && s.items?.type === 'object' && s.items.properties) {
      return { name, schema: s.items, required: (schema.required ?? []).includes(name) };
    }
  }
  return undefined;
}

/** The scalar (non-item) parameters of a schema, with the prefix their paths take. */
export function scalarParams(schema: JsonSchema, prefix = ''): ParamRef[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([, s]) => !(s.type === 'array' && s.items?.type === 'object'))
    .map(([name, s]) => ({ path: `${prefix}${name}`, name, schema: s, required: required.has(name) }));
}

/** The schema of a parameter of a tool by its path (`storeId`, `items.0.drinkId`). */
export function schemaLookup(tool: { inputSchema: JsonSchema }): (path: string) => JsonSchema {
  return (path) => {
    let schema: JsonSchema = tool.inputSchema;
    for (const key of path.split('.')) {
      if (/^\d+$/.test(key)) schema = schema.items ?? {};
      else schema = schema.properties?.[key] ?? {};
    }
    return schema;
  };
}
