import type { ComponentChildren } from 'preact';
import type { UiNode } from '../types.ts';

export type PageAction =
  | { action: 'tap'; path: string }
  | { action: 'input'; path: string; value: string }
  | { action: 'change'; path: string; value?: unknown }
  | { action: 'submit'; path: string; values?: Record<string, unknown> };

const safeImage = (src: unknown): string | undefined => (typeof src === 'string' && /^(https?:|data:image\/)/i.test(src) ? src : undefined);
const on = (v: unknown) => v === true || v === 'true' || v === '';

/** Form values the page would receive on submit: every named field under the form, as drawn. */
function formValues(form: HTMLElement): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[name]')) {
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      if (el.type === 'radio') { if (el.checked) values[el.name] = el.value; } else if (el.dataset.kind === 'switch') values[el.name] = el.checked;
      else if (el.checked) values[el.name] = [...((values[el.name] as string[] | undefined) ?? []), el.value];
    } else values[el.name] = el instanceof HTMLSelectElement ? Number(el.value) : el.value;
  }
  return values;
}

/** A mini-program page drawn from the page runtime's tree, fully usable by hand: every event goes back by node path. */
export function PageTree({ nodes, act, disabled }: { nodes: UiNode[]; act: (a: PageAction) => void; disabled: boolean }) {
  return <>{nodes.map((n) => <PageNode key={n.path} node={n} act={act} disabled={disabled} group={undefined} />)}</>;
}

function PageNode({ node, act, disabled, group }: { node: UiNode; act: (a: PageAction) => void; disabled: boolean; group: string | undefined }) {
  const groupName = node.tag === 'checkbox-group' || node.tag === 'radio-group' ? String(node.attrs.name ?? node.path) : group;
  const children: ComponentChildren = node.children.map((c) => <PageNode key={c.path} node={c} act={act} disabled={disabled} group={groupName} />);
  const tap = node.events.tap ? () => act({ action: 'tap', path: node.path }) : undefined;
  const cls = `wx-${node.kind} ${node.classes.map((c) => `c-${c}`).join(' ')}`;
  if (node.tag === '#text') return <>{node.text}</>;
  const name = node.attrs.name === undefined ? undefined : String(node.attrs.name);
  switch (node.kind) {
    case 'image': {
      const src = safeImage(node.attrs.src);
      return src ? <img class={cls} src={src} alt="" onClick={tap} /> : null;
    }
    case 'button': {
      const submit = node.attrs['form-type'] === 'submit';
      return (
        <button type="button" class={`btn ${node.attrs.type === 'primary' ? 'primary' : 'secondary'} wx-button`} disabled={disabled || on(node.attrs.disabled)}
          onClick={(e) => {
            const form = (e.currentTarget as HTMLElement).closest<HTMLElement>('[data-form-path]');
            if (submit && form) act({ action: 'submit', path: form.dataset.formPath!, values: formValues(form) });
            else tap?.();
          }}>{children}{node.text}</button>
      );
    }
    case 'form':
      return <div class={cls} data-form-path={node.path} role="form">{children}</div>;
    case 'input':
    case 'textarea': {
      const Tag = node.kind === 'textarea' ? 'textarea' : 'input';
      return <Tag class="wx-input" name={name} aria-label={String(node.attrs.placeholder ?? name ?? '')} placeholder={String(node.attrs.placeholder ?? '')} value={String(node.attrs.value ?? '')} disabled={disabled}
        type={node.attrs.password ? 'password' : node.attrs.type === 'number' || node.attrs.type === 'digit' ? 'number' : 'text'}
        onChange={(e) => node.events.input && act({ action: 'input', path: node.path, value: (e.currentTarget as HTMLInputElement).value })} />;
    }
    case 'picker':
      return (
        <label class="wx-picker">{children}
          <select name={name} value={String(node.attrs.value ?? 0)} disabled={disabled} onChange={(e) => act({ action: 'change', path: node.path, value: Number(e.currentTarget.value) })}>
            {(node.options ?? []).map((o, i) => <option key={i} value={i}>{o}</option>)}
          </select>
        </label>
      );
    case 'switch':
      return <input type="checkbox" role="switch" data-kind="switch" name={name} checked={on(node.attrs.checked)} disabled={disabled} onChange={(e) => act({ action: 'change', path: node.path, value: e.currentTarget.checked })} />;
    case 'checkbox':
    case 'radio':
      return (
        <label class={cls}>
          <input type={node.kind} name={groupName} value={String(node.attrs.value ?? '')} checked={on(node.attrs.checked)} disabled={disabled} onChange={() => act({ action: 'change', path: node.path })} />
          {children}{node.text}
        </label>
      );
    case 'navigator':
      return <a class={cls} href="#" onClick={(e) => { e.preventDefault(); act({ action: 'tap', path: node.path }); }}>{children}{node.text}</a>;
    case 'text':
      return <span class={cls} onClick={tap}>{node.text}{children}</span>;
    default:
      return tap
        ? <div class={`${cls} tappable`} role="button" tabIndex={0} onClick={tap} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), tap())}>{children}{node.text}</div>
        : <div class={cls}>{children}{node.text}</div>;
  }
}
