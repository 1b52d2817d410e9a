/** WeChat's look for built-in components, scoped; the page's WXSS comes after it and wins. */
export function baseCss(scope: string): string {
  const s = `.${scope}`;
  return [
    `${s}{contain:content;position:relative;overflow:hidden;font-size:16px;line-height:1.5;color:#000;text-align:left}`,
    `${s} *{box-sizing:border-box}`,
    `${s} .wx-view,${s} .wx-form,${s} .wx-scroll-view,${s} .wx-rich-text,${s} .wx-picker,${s} .wx-navigator,${s} .wx-unknown{display:block}`,
    `${s} .wx-text{white-space:pre-wrap}`,
    `${s} .wx-image{display:inline-block;width:320px;height:240px;max-width:100%}`,
    `${s} .wx-image-missing{display:inline-block;color:#999}`,
    `${s} .wx-button{display:block;width:100%;margin:8px 0;padding:8px 14px;border:1px solid #d9d9d9;border-radius:5px;background:#f7f7f7;color:#000;font:inherit;cursor:pointer}`,
    `${s} .wx-button[data-wx-type=primary]{background:#07c160;border-color:#07c160;color:#fff}`,
    `${s} .wx-button[data-wx-type=warn]{background:#fa5151;border-color:#fa5151;color:#fff}`,
    `${s} .wx-button[data-wx-size=mini]{display:inline-block;width:auto;margin:0 4px;padding:2px 10px;font-size:13px}`,
    `${s} .wx-button:disabled{opacity:.6;cursor:default}`,
    `${s} .wx-input,${s} .wx-textarea{display:block;width:100%;font:inherit;border:1px solid #ddd;border-radius:4px;padding:4px 6px}`,
    `${s} .wx-scroll-view{overflow:auto}`,
    `${s} .wx-swiper{display:flex;overflow-x:auto;scroll-snap-type:x mandatory}`,
    `${s} .wx-swiper>*{flex:0 0 100%;scroll-snap-align:start}`,
    `${s} [data-agentos-event]{cursor:pointer}`,
  ].join('\n');
}
