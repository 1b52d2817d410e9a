/**
 * Which servers a mini-program's `wx.request` may reach. The operator lists origins
 * (`https://host[:port]`), as WeChat's 合法域名 list: https only, the exact host and port.
 * Entries written before origins were required (a bare host) still match their host, over
 * https, or plain http to this machine's loopback only (a local development server).
 */
export function parseAllowedOrigin(text: string): { ok: true; origin: string } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, error: `${JSON.stringify(text)} is not an origin like https://api.example.com or https://api.example.com:8443 (不是合法的域名地址)` };
  }
  if (url.protocol !== 'https:') return { ok: false, error: `only https is allowed, as WeChat requires (只允许 https): ${text}` };
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return { ok: false, error: `give the origin only, without a path, query or credentials (只填写协议、域名和端口): ${text}` };
  }
  return { ok: true, origin: url.origin };
}

const LOOPBACK = /^(127(\.\d{1,3}){3}|\[::1\]|localhost)$/;

/** True when `url` is allowed by one of `entries`. */
export function originAllowed(url: URL, entries: string[]): boolean {
  return entries.some((entry) => {
    if (entry.includes('://')) return url.protocol === 'https:' && url.origin === entry.toLowerCase().replace(/\/$/, '');
    const host = url.hostname.toLowerCase();
    if (host !== entry.toLowerCase()) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(host));
  });
}
