/**
 * What a signed-in person may do. Each role includes the ones before it: a developer is also
 * a user, an operator also a developer. The operator's credential in the data folder is simply
 * an operator's API token.
 */
export const ROLES = ['user', 'developer', 'operator'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` carries at least the authority of `needed`. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
