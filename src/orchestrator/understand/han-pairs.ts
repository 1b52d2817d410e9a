/** Each two Chinese characters side by side in a text (「顶层船头」 → 顶层, 层船, 船头): words of it however it is cut. */
export function hanPairs(text: string): string[] {
  return (text.match(/\p{Script=Han}{2,}/gu) ?? []).flatMap((run) => [...run].slice(1).map((c, i) => run[i]! + c));
}
