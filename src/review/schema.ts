import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { canonicalJson, linearRegExp } from '../core/index.ts';
import type { JsonSchema } from '../package/index.ts';

/**
 * JSON Schema checks with ajv. Lint validates against the meta-schema only (fast: a 30-skill
 * package must lint in well under 100 ms, and compiling costs ~1 ms a schema); the contract
 * run compiles, once per distinct schema.
 */
const FORMATS = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}(:\d{2})?$/,
  'date-time': (value: string) => !Number.isNaN(Date.parse(value)),
  email: /^[^\s@]+@[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
};

// first error only: meta-validation with allErrors builds (and drops) error objects for every
// anyOf branch, several times slower on valid schemas
const options = { strict: false, logger: false, allErrors: false, formats: FORMATS, code: { regExp: linearRegExp } } as const;
let draft7: Ajv | undefined;
let draft2020: Ajv2020 | undefined;

const DRAFT_2020 = /json-schema\.org\/draft\/(2020-12|2019-09)\/schema/;
const DRAFT_7 = /json-schema\.org\/draft-0[67]\/schema/;

function ajvFor(schema: JsonSchema): Ajv | Ajv2020 | string {
  const declared = schema.$schema;
  if (declared === undefined || (typeof declared === 'string' && DRAFT_7.test(declared))) return (draft7 ??= new Ajv(options));
  if (typeof declared === 'string' && DRAFT_2020.test(declared)) return (draft2020 ??= new Ajv2020(options));
  return `"$schema": ${JSON.stringify(declared)} is not supported (use draft-07 or 2020-12, or leave "$schema" out)`;
}

export function describeErrors(errors: ErrorObject[] | null | undefined, limit = 3): string {
  return (errors ?? [])
    .slice(0, limit)
    .map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`)
    .join('; ');
}

function pointer(root: unknown, ref: string): boolean {
  if (ref === '#') return true;
  if (!ref.startsWith('#/')) return false;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

function badRefs(root: unknown, node: unknown, found: string[], depth = 0): string[] {
  if (depth > 40 || typeof node !== 'object' || node === null) return found;
  if (Array.isArray(node)) {
    for (const item of node) badRefs(root, item, found, depth + 1);
    return found;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && !pointer(root, value)) found.push(value);
    else if (key !== 'enum' && key !== 'const' && key !== 'default' && key !== 'examples') badRefs(root, value, found, depth + 1);
  }
  return found;
}

/** Why a schema is not a valid JSON Schema (meta-schema and local `$ref`s), or undefined. */
export function schemaError(schema: JsonSchema): string | undefined {
  const ajv = ajvFor(schema);
  if (typeof ajv === 'string') return ajv;
  if (!ajv.validateSchema(schema)) return describeErrors(ajv.errors);
  const refs = badRefs(schema, schema, []);
  if (refs.length > 0) return `"$ref": "${refs[0]}" does not resolve inside the schema (only local "#/…" references are supported)`;
  return undefined;
}

const compiled = new Map<string, ValidateFunction | string>();

/** A compiled validator (cached by the schema's canonical JSON), or why it does not compile. */
export function compileSchema(schema: JsonSchema): ValidateFunction | string {
  const key = canonicalJson(schema);
  const known = compiled.get(key);
  if (known) return known;
  const ajv = ajvFor(schema);
  let result: ValidateFunction | string;
  if (typeof ajv === 'string') result = ajv;
  else {
    try {
      // a schema with its own $id is registered by id: give it a fresh instance so ids never clash
      result = schema.$id === undefined ? ajv.compile(schema) : new (ajv.constructor as typeof Ajv)(options).compile(schema);
    } catch (error) {
      result = error instanceof Error ? error.message : String(error);
    }
  }
  if (compiled.size > 2_000) compiled.clear();
  compiled.set(key, result);
  return result;
}
