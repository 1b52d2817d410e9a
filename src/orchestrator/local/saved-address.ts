/** An address the user keeps in their profile, as the planner reads it. */
export interface SavedAddress {
  id: string;
  label: string;
  text: string;
}

/** Words for where one lives and where one works, in Chinese and English. */
const PLACES: [RegExp, RegExp][] = [
  [/我家|家里|到家|回家|送家|\bmy (?:home|place|house|flat|apartment)\b|\b(?:to|at) home\b/i, /^(?:家|住家|家里|home|house)$/i],
  // (said where something goes: a courier 「快递公司」 is no office of the user's)
  [/(?:送|寄|到|回|去)(?:我们?)?(?:公司|单位|办公室)|我们?(?:公司|单位|办公室)|\bmy (?:office|work(?:place)?)\b|\b(?:to|at) (?:the )?(?:office|work)\b/i, /^(?:公司|单位|办公室|office|work|company)$/i],
];

/**
 * The saved address a text sends something to by what it is to the user (「送到我家」, "to my
 * office") or by its own label (「送到公司」): its full text, as if the user had typed it. None
 * where the text names no saved address, or a street address of its own.
 */
export function savedAddressSaid(text: string, addresses: readonly SavedAddress[]): string | undefined {
  for (const [said, label] of PLACES) {
    if (!said.test(text)) continue;
    const found = addresses.filter((a) => label.test(a.label.trim()) || label.test(a.id));
    if (found.length === 1) return found[0]!.text;
  }
  // a label of its own (「爸妈家」, "Studio") said as it is; home and work only as above
  const own = (label: string) => label.length >= 2 && !PLACES.some(([, kind]) => kind.test(label));
  const labelled = addresses.filter((a) => own(a.label.trim()) && text.includes(a.label.trim()));
  return labelled.length === 1 ? labelled[0]!.text : undefined;
}
