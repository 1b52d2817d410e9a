import { toText, type UiNode } from '../../src/runtime/index.ts';

/** The path of the node with a tap handler whose text contains `label` (what a person taps on a card). */
export function tapTarget(tree: UiNode[], label: string): string {
  const found: UiNode[] = [];
  const walk = (nodes: UiNode[]): void => {
    for (const node of nodes) {
      if (node.events.tap && toText([node]).includes(label)) found.push(node);
      walk(node.children);
    }
  };
  walk(tree);
  const deepest = found[found.length - 1];
  if (!deepest) throw new Error(`nothing tappable with 「${label}」 on:\n${toText(tree)}`);
  return deepest.path;
}
