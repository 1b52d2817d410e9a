import type { ComponentChildren } from 'preact';
import type { UiNode } from './types.ts';

const safeImage = (src: unknown): string | undefined => (typeof src === 'string' && /^(https?:|data:image\/)/i.test(src) ? src : undefined);

/**
 * Draws the neutral card tree (images, buttons, lists, text) as plain elements: text is text,
 * images only from web or data URLs, no style or script from the mini-program. A node with a
 * tap handler becomes a button that reports its path.
 */
export function CardTree({ nodes, onTap, disabled }: { nodes: UiNode[]; onTap?: (path: string) => void; disabled?: boolean }) {
  return <>{nodes.map((n) => <Node key={n.path} node={n} onTap={onTap} disabled={disabled} />)}</>;
}

function Node({ node, onTap, disabled }: { node: UiNode; onTap?: ((path: string) => void) | undefined; disabled?: boolean | undefined }) {
  const children: ComponentChildren = node.children.map((c) => <Node key={c.path} node={c} onTap={onTap} disabled={disabled} />);
  const tappable = Boolean(node.events.tap) && onTap !== undefined;
  const cls = `wx-${node.kind}`;
  if (node.tag === '#text') return <>{node.text}</>;
  switch (node.kind) {
    case 'image': {
      const src = safeImage(node.attrs.src);
      return src ? <img class={cls} src={src} alt={String(node.attrs.alt ?? '')} loading="lazy" /> : null;
    }
    case 'button':
      return <button type="button" class="btn secondary small wx-button" disabled={disabled || !tappable} onClick={() => onTap?.(node.path)}>{children}{node.text}</button>;
    case 'text':
      return <span class={cls}>{node.text}{children}</span>;
    case 'icon':
      return <span class={cls} aria-hidden="true">•</span>;
    case 'input':
    case 'textarea':
    case 'picker':
    case 'switch':
    case 'slider':
      return <span class="wx-field muted">{String(node.attrs.value ?? node.attrs.placeholder ?? '')}</span>;
    default:
      return tappable
        ? <button type="button" class={`${cls} tappable`} disabled={disabled} onClick={() => onTap?.(node.path)}>{children}{node.text}</button>
        : <div class={cls}>{children}{node.text}</div>;
  }
}
