import { describe, expect, it } from 'vitest';
import { originAllowed, parseAllowedOrigin } from './request-origin.ts';

describe('the request allowlist', () => {
  it('takes https origins only, without a path', () => {
    expect(parseAllowedOrigin('https://API.example.com:8443/')).toEqual({ ok: true, origin: 'https://api.example.com:8443' });
    expect(parseAllowedOrigin('https://api.example.com:443')).toEqual({ ok: true, origin: 'https://api.example.com' });
    for (const bad of ['http://api.example.com', 'api.example.com', 'https://api.example.com/v1', 'https://u:p@api.example.com', 'ftp://x']) {
      expect(parseAllowedOrigin(bad).ok, bad).toBe(false);
    }
  });

  it('matches the exact scheme, host and port', () => {
    const allowed = ['https://api.example.com:8443', 'https://pay.example.com'];
    expect(originAllowed(new URL('https://api.example.com:8443/x?y=1'), allowed)).toBe(true);
    expect(originAllowed(new URL('https://pay.example.com/x'), allowed)).toBe(true);
    expect(originAllowed(new URL('https://api.example.com/x'), allowed)).toBe(false); // another port
    expect(originAllowed(new URL('https://pay.example.com:8443/x'), allowed)).toBe(false);
    expect(originAllowed(new URL('http://pay.example.com/x'), allowed)).toBe(false); // plain http
    expect(originAllowed(new URL('https://evil.api.example.com:8443/x'), allowed)).toBe(false);
  });

  it('reads a bare host written before origins were required as https to that host, or http to loopback only', () => {
    expect(originAllowed(new URL('https://old.example.com/x'), ['old.example.com'])).toBe(true);
    expect(originAllowed(new URL('http://old.example.com/x'), ['old.example.com'])).toBe(false);
    expect(originAllowed(new URL('http://127.0.0.1:8080/x'), ['127.0.0.1'])).toBe(true);
  });
});
