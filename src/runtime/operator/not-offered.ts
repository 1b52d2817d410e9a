/**
 * A choice the page does not offer now, by the name the page gives it elsewhere (「这里没有靠窗座可选」,
 * not the `data-*` value behind the button), with what it does offer.
 */
export function notOffered(wanted: string, label: { zh?: string; en?: string } | undefined, offered: string, en: boolean): string {
  return en
    ? `No ${label?.en ?? label?.zh ?? `"${wanted}"`} is offered here (only: ${offered})`
    : `这里没有${label?.zh ?? `「${wanted}」`}可选（可选：${offered}）`;
}
