import type { JsonSchema } from '../package/index.ts';

export interface SchemaProperty {
  /** The property's own name (`drinkId`). */
  name: string;
  schema: JsonSchema;
  /** Where it is, from the API entry: `inputSchema.properties.items.items.properties.drinkId`. */
  field: string;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every named property of a schema at any depth (through `properties`, `items` and the
 * `anyOf`/`oneOf`/`allOf` branches), so rules can judge each parameter a caller fills in.
 */
export function schemaProperties(schema: JsonSchema, field: string, depth = 0): SchemaProperty[] {
  if (depth > 12) return [];
  const found: SchemaProperty[] = [];
  if (isSchema(schema.properties)) {
    for (const [name, child] of Object.entries(schema.properties)) {
      if (!isSchema(child)) continue;
      const childField = `${field}.properties.${name}`;
      found.push({ name, schema: child, field: childField });
      found.push(...schemaProperties(child, childField, depth + 1));
    }
  }
  if (isSchema(schema.items)) found.push(...schemaProperties(schema.items, `${field}.items`, depth + 1));
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = schema[key];
    if (!Array.isArray(branches)) continue;
    branches.forEach((branch, index) => {
      if (isSchema(branch)) found.push(...schemaProperties(branch, `${field}.${key}[${index}]`, depth + 1));
    });
  }
  return found;
}

/** Every property name a schema declares at any depth. */
export function schemaPropertyNames(schema: JsonSchema | undefined): Set<string> {
  return new Set(schema ? schemaProperties(schema, '').map((property) => property.name) : []);
}
