/**
 * A package file as text: UTF-8 when it is valid UTF-8 without NUL bytes, else
 * `base64:<data>` (the PackageFiles convention for binary files such as images).
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });
const BINARY_EXTENSIONS = /\.(png|jpe?g|gif|webp|bmp|ico|svgz|ttf|otf|woff2?|eot|mp3|mp4|wav|ogg|webm|pdf|zip|gz|tgz|wasm)$/i;

export function decodeFile(path: string, bytes: Uint8Array): string {
  if (!BINARY_EXTENSIONS.test(path) && !bytes.includes(0)) {
    try {
      const text = utf8.decode(bytes);
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
      // not UTF-8: keep it as binary
    }
  }
  return `base64:${Buffer.from(bytes).toString('base64')}`;
}

/** True for a PackageFiles value that holds binary data. */
export function isBinaryFile(content: string): boolean {
  return content.startsWith('base64:');
}
