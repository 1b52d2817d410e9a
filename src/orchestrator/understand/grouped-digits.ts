/**
 * Numbers people write in groups ("138 0013 8001", 「138-0013-8001」): a run of digit groups
 * joined by single spaces or hyphens, read as the one number it spells where that number,
 * and only the whole of it, fits `fits` (a parameter's anchored pattern). Groups a count or a
 * date could also make ("3 2026") stay apart unless the joined number fits.
 */
export function groupedDigits(text: string, fits: (joined: string) => boolean): string | undefined {
  for (const run of text.match(/\d+(?:[ \u00a0-]\d+)+/g) ?? []) {
    const groups = run.split(/[ \u00a0-]/);
    // every way of joining a stretch of neighbouring groups: a number said after a count ("2 138 0013 8001")
    for (let start = 0; start < groups.length; start++) {
      for (let end = groups.length; end > start + 1; end--) {
        const joined = groups.slice(start, end).join('');
        if (fits(joined)) return joined;
      }
    }
  }
  return undefined;
}
