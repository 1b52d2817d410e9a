import type { CardView } from '../../orchestrator/index.ts';

type Node = CardView['tree'][number];

/** The nodes of a card a person can tap, with the text on each (what the terminal lists under the card). */
export function cardTaps(tree: Node[]): { path: string; label: string }[] {
  const taps: { path: string; label: string }[] = [];
  const walk = (nodes: Node[]): void => {
    for (const node of nodes) {
      if (node.events.tap) taps.push({ path: node.path, label: textOf(node).replace(/\s+/g, ' ').trim() || node.tag });
      else walk(node.children);
    }
  };
  walk(tree);
  return taps;
}

function textOf(node: Node): string {
  return (node.text ?? '') + node.children.map(textOf).join(' ');
}
