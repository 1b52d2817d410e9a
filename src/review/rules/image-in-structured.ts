import { bilingual } from '../../package/index.ts';
import { allApis, mcpFile, type LintRule } from '../lint-context.ts';
import { schemaProperties } from '../walk-schema.ts';

/**
 * bp/image-in-structured: `structuredContent` reaches the model, so image URLs there cost
 * tokens and tempt the model to echo them; they belong in `_meta`, which only the card sees.
 * Found two ways: in a contract-run result, any http(s) URL ending in .png/.jpg/.jpeg/.gif/.webp
 * (a query or fragment may follow), or any URL under an image-like key (imageUrl, image, avatar,
 * cover, thumbnail, photo, picture, icon, logo, poster, banner …); and statically, an outputSchema
 * property that surely holds an image URL (an image-like key ending in Url/Src, with a URL
 * format, or plainly image/images/avatar/photo/picture/cover/thumbnail/poster).
 */

const IMAGE_URL = /^https?:\/\/\S+\.(png|jpe?g|gif|webp)([?#]\S*)?$/i;
const ANY_URL = /^(https?:)?\/\/\S+$|^data:image\//i;
const IMAGE_KEY = /^(images?|imgs?|pics?|pictures?|photos?|avatars?|covers?|thumbs?|thumbnails?|icons?|logos?|posters?|banners?)(Urls?|Srcs?|Links?)?$|(Images?|Img|Pic|Picture|Photo|Avatar|Cover|Thumb|Thumbnail|Icon|Logo|Poster|Banner)(Urls?|Srcs?)?$|^(image|img|pic|avatar|cover|thumbnail|photo)_(url|src)s?$/;

export function isImageKey(key: string): boolean {
  return IMAGE_KEY.test(key);
}

/** Statically, a field surely holds an image URL: an image key that says Url/Src, has a URL format, or is plainly `image`/`avatar`/…. */
function declaresImageUrl(key: string, format: unknown): boolean {
  if (!isImageKey(key)) return false;
  return /(url|src)s?$/i.test(key) || format === 'uri' || format === 'url' || format === 'image' || /^(images?|avatar|photos?|pictures?|cover|thumbnail|poster)$/.test(key);
}

/** Paths (`structuredContent.items[0].imageUrl`) of image URLs in a value. */
export function findImageUrls(value: unknown, path = 'structuredContent', key = '', found: string[] = [], depth = 0): string[] {
  if (depth > 20 || found.length >= 5) return found;
  if (typeof value === 'string') {
    if (IMAGE_URL.test(value) || (isImageKey(key) && ANY_URL.test(value))) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findImageUrls(item, `${path}[${index}]`, key, found, depth + 1));
  } else if (typeof value === 'object' && value !== null) {
    for (const [childKey, child] of Object.entries(value)) findImageUrls(child, `${path}.${childKey}`, childKey, found, depth + 1);
  }
  return found;
}

export const IMAGE_FIX = bilingual(
  'return image URLs in _meta (e.g. _meta.images: { [id]: url }) and read them in the card; keep structuredContent to what the model needs.',
  '请把图片地址放进 _meta（如 _meta.images: { [id]: url }），由卡片读取；structuredContent 只保留模型需要的内容。',
);

export const imageInStructured: LintRule = {
  id: 'bp/image-in-structured',
  severity: 'warning',
  title: 'structuredContent carries no image URLs (they go in _meta)',
  stage: 'lint',
  check(ctx) {
    for (const { skill, api, index } of allApis(ctx.pkg)) {
      if (!api.outputSchema) continue;
      for (const property of schemaProperties(api.outputSchema, 'outputSchema')) {
        if (!declaresImageUrl(property.name, property.schema.format)) continue;
        ctx.report(this, {
          file: mcpFile(skill),
          field: `apis[${index}].${property.field}`,
          message: bilingual(`The outputSchema of "${api.name}" puts the image field "${property.name}" in structuredContent, which the model reads.`, `接口 "${api.name}" 的 outputSchema 把图片字段 "${property.name}" 放进了模型可见的 structuredContent。`),
          fix: IMAGE_FIX,
        });
      }
    }
  },
};

export const imageRules = [imageInStructured];
