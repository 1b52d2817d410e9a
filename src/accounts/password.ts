import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AgentOsError } from '../core/index.ts';

/**
 * scrypt parameters. N=2^15, r=8, p=1 is 32 MiB and tens of milliseconds per hash on a free
 * core (the interactive-login figure of scrypt's author and Go's x/crypto); the parameters are
 * stored with each hash, so raising them later keeps old hashes verifiable.
 */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** Refuses a password too short to resist guessing or too long to hash cheaply. */
export function checkPasswordStrength(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
    throw new AgentOsError('BAD_REQUEST', `密码需 ${PASSWORD_MIN}–${PASSWORD_MAX} 个字符 / a password needs ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`, { where: 'password', fix: 'choose a longer passphrase' });
  }
}

/** `scrypt$N$r$p$salt$key` (base64url): the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  checkPasswordStrength(password);
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Compares in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = encoded.split('$');
  if (scheme !== 'scrypt' || !salt || !key || [...password].length > PASSWORD_MAX) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A hash of nothing anyone knows: verifying against it makes an unknown account cost the same time. */
let decoy: Promise<string> | undefined;
export function decoyHash(params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString('base64url'), params);
  return decoy;
}
