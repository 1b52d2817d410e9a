import type { JsonSchema } from '../../package/index.ts';
import { cityOf, findAddress, takesAddress } from '../understand/index.ts';
import { saidFlag } from './said-flag.ts';
import { savedAddressSaid } from './saved-address.ts';
import { typedId } from './typed-id.ts';
import { isCountLike, readBoolean, readDateTime, readEnum, readNumber, readPattern, readRoute, type ValueContext } from './fill-value.ts';
import type { ParamRef } from './schema-paths.ts';

/** The value the words give a parameter that is no ID: by its type, format, pattern, and what its name and description say it is. */
export function readValue(param: ParamRef, ctx: ValueContext): unknown {
  const { schema, name } = param;
  if (schema.enum) {
    const code = readEnum(schema, ctx);
    return code !== undefined && (schema.type === 'integer' || schema.type === 'number') ? Number(code) : code;
  }
  if (schema.type === 'boolean') return readBoolean(schema, ctx) ?? saidFlag(name, schema, ctx.texts);
  if (schema.type === 'integer' || schema.type === 'number') return readNumber(schema, name, ctx, { countLike: isCountLike(name, schema) });
  if (schema.type === 'array' && schema.items?.enum) {
    const one = readEnum(schema, ctx);
    return one === undefined ? undefined : [one];
  }
  if (schema.type !== 'string' && schema.type !== undefined) return undefined;
  const dt = readDateTime(schema, name, ctx);
  if (dt) return dt;
  if (schema.format === 'date' || schema.format === 'time') return undefined;
  const pattern = readPattern(schema, ctx);
  if (pattern) return pattern;
  const code = typedId(name, schema, ctx.texts);
  if (code) return code;
  if (isKeyword(name, schema)) return quoted(ctx.texts);
  // a street address said, else the saved one the words send it to (「送到我家」, "to my home")
  if (takesAddress(name, schema.description)) return ctx.texts.map(findAddress).find((a) => a !== undefined) ?? ctx.texts.map((t) => savedAddressSaid(t, ctx.addresses ?? [])).find((a) => a !== undefined);
  const route = /^(from|origin|start|departure)/i.test(name) || /出发|起点|寄出|始发/.test(schema.description ?? '') ? 'from'
    : /^(to|dest|destination|arrival)/i.test(name) || /到达|终点|目的|寄往|收件城市/.test(schema.description ?? '') ? 'to' : undefined;
  if (route) {
    const way = readRoute(ctx.texts);
    // 「下周一去上海」 said in another city: a trip the person takes to another city starts where they live
    // (not a thing sent: 「寄到上海」 may leave from anywhere, and is asked)
    const elsewhere = way.to ? cityOf(way.to) : undefined;
    const travels = !ctx.texts.some((text) => SENDS.test(text));
    if (route === 'from' && !way.from && param.required && travels && ctx.userCity && elsewhere && elsewhere !== ctx.userCity.replace(/市$/, '')) return ctx.userCity;
    return way[route];
  }
  if (isCityParam(name, schema.description)) {
    // the one city the request names (「上海有几家影城」, "in Shanghai"); else, where one is needed, the user's own
    const said = ctx.texts.map(cityOf).find((city) => city !== undefined);
    if (said) return said;
  }
  if (/^city$/i.test(name) && ctx.userCity && param.required) return ctx.userCity;
  return undefined;
}

/** Sending a thing rather than going (「寄」「快递」, "ship", "send"). */
const SENDS = /寄|快递|邮|发货|送(?:到|去|过去)|\b(?:ship|send|sent|mail|post|deliver|courier)\b/i;

/** A city filter, by its name (`city`, `cityName`) or a description that opens with 城市 / "city". */
function isCityParam(name: string, description = ''): boolean {
  return /^city(?:Name)?$/i.test(name) || /^(?:所在)?城市|^city\b/i.test(description.trim());
}

/** A free-text search filter (`keyword`, `q`, 「关键词」). */
function isKeyword(name: string, schema: JsonSchema): boolean {
  return /^(q|kw|keyword|keywords|query|search|searchText|term)$/i.test(name) || /关键词|关键字|keyword|search term/i.test(schema.description ?? '');
}

/** A name the user set apart: 「…」, 《…》, “…”, "…", '…' (an apostrophe inside a word, Xi'an, sets nothing apart). */
function quoted(texts: string[]): string | undefined {
  for (const text of texts) {
    const m = /[「《“"]([^」》”"]{1,30})[」》”"]|(?<![\p{L}\d])'([^']{1,30})'(?![\p{L}\d])/u.exec(text);
    if (m?.[1] ?? m?.[2]) return (m[1] ?? m[2])!.trim();
  }
  return undefined;
}
