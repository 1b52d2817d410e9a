import { Ajv, type ValidateFunction } from 'ajv';
import { linearRegExp } from '../core/index.ts';

// Package patterns run on a linear-time engine (see core/linear-regexp.ts).
const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true, coerceTypes: false, code: { regExp: linearRegExp } });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('time', /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/);
ajv.addFormat('date-time', (v: string) => !Number.isNaN(Date.parse(v)));
ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
ajv.addFormat('uri', (v: string) => URL.canParse(v));
const cache = new WeakMap<object, ValidateFunction>();

/** A compiled validator for a tool's JSON Schema, cached by schema object. */
export function validatorFor(schema: object): ValidateFunction {
  let validate = cache.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    cache.set(schema, validate);
  }
  return validate;
}

/** Validates (and fills defaults into) `value`; returns the problems as one readable line, or undefined. */
export function checkAgainst(schema: object, value: unknown, label: string): string | undefined {
  let validate: ValidateFunction;
  try {
    validate = validatorFor(schema);
  } catch (error) {
    return `the schema for ${label} cannot be used: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (validate(value)) return undefined;
  const problems = (validate.errors ?? []).map((e) => `${label}${e.instancePath || ''} ${e.message ?? 'is invalid'}`);
  return problems.join('; ');
}
