import { AgentOsError } from '../../core/index.ts';
import { collectFormValues, isOn, walkTree, type UiNode } from '../wxml/index.ts';
import type { FieldOverlay } from './field-overlay.ts';
import { eventStep, type EventStep, type OwnerRef } from './page-events.ts';

/** What an interaction does: steps for the sandbox, or why nothing happens. */
export type Interaction = EventStep[] | string;

/** What the control helpers need of the session. */
export interface Controls {
  fields: FieldOverlay;
  now: number;
  ownerOf: (node: UiNode) => OwnerRef | undefined;
}

const DEFAULT_MAX_LENGTH = 140; // WeChat's default for <input> and <textarea>

function bad(message: string, fix: string): AgentOsError {
  return new AgentOsError('BAD_REQUEST', message, { fix });
}

function steps(controls: Controls, types: [string, unknown][], target: UiNode, current: UiNode): EventStep[] {
  return types.filter(([type]) => current.events[type]).map(([type, detail]) => eventStep(type, target, current, detail, controls.now, controls.ownerOf(current)));
}

/** Typing into an `<input>` or `<textarea>`: the value shows, then `input` and `blur` fire. */
export function inputSteps(controls: Controls, chain: UiNode[], value: unknown): Interaction {
  const node = chain[chain.length - 1] as UiNode;
  if (node.kind !== 'input' && node.kind !== 'textarea') {
    throw bad(`${node.path} is a <${node.tag}>, not a text field (不是输入框)`, 'use input() on an <input> or <textarea>; tap() or change() for other controls');
  }
  const max = Number(node.attrs.maxlength ?? DEFAULT_MAX_LENGTH);
  const text = max >= 0 ? String(value ?? '').slice(0, max) : String(value ?? '');
  controls.fields.set(node, 'value', text);
  return steps(controls, [['input', { value: text, cursor: text.length, keyCode: 0 }], ['blur', { value: text }]], node, node);
}

/** Changing a picker, switch, slider, checkbox, radio or a whole group, as WeChat reports it in `change`. */
export function changeSteps(controls: Controls, chain: UiNode[], value: unknown): Interaction {
  const node = chain[chain.length - 1] as UiNode;
  const up = (tag: string): UiNode | undefined => [...chain].reverse().find((n) => n.tag === tag);
  switch (node.kind) {
    case 'input':
    case 'textarea':
      return inputSteps(controls, chain, value);
    case 'switch': {
      const checked = value === undefined ? !isOn(node.attrs.checked) : Boolean(value);
      controls.fields.set(node, 'checked', checked);
      return steps(controls, [['change', { value: checked }]], node, node);
    }
    case 'slider': {
      const number = Number(value);
      if (!Number.isFinite(number)) throw bad(`a slider takes a number, not ${JSON.stringify(value)} (滑块需要数字)`, 'pass a number between its min and max');
      controls.fields.set(node, 'value', number);
      return steps(controls, [['change', { value: number }]], node, node);
    }
    case 'picker': {
      const picked = pickerValue(node, value);
      if (typeof picked === 'string' || typeof picked === 'number') controls.fields.set(node, 'value', picked);
      return steps(controls, [['change', { value: picked }]], node, node);
    }
    case 'checkbox': {
      const checked = value === undefined ? !isOn(node.attrs.checked) : Boolean(value);
      controls.fields.set(node, 'checked', checked);
      const group = up('checkbox-group');
      return group ? steps(controls, [['change', { value: checkedValues(group) }]], node, group) : [];
    }
    case 'radio': {
      const group = up('radio-group');
      if (!group) {
        controls.fields.set(node, 'checked', true);
        return [];
      }
      setGroup(controls, group, [String(node.attrs.value ?? '')]);
      return steps(controls, [['change', { value: String(node.attrs.value ?? '') }]], node, group);
    }
    default:
      break; // groups and the rest: below
  }
  if (node.tag === 'checkbox-group' || node.tag === 'radio-group') {
    const list = (Array.isArray(value) ? value : [value]).map((v) => String(v));
    setGroup(controls, node, node.tag === 'radio-group' ? list.slice(0, 1) : list);
    const chosen = node.tag === 'radio-group' ? (list[0] ?? '') : checkedValues(node);
    return steps(controls, [['change', { value: chosen }]], node, node);
  }
  throw bad(`${node.path} (<${node.tag}>) has no value to change (这个节点没有可以修改的值)`, 'use tap() for buttons and links; change() is for pickers, switches, sliders, checkboxes and radios');
}

/** Submitting or resetting a form: named fields set from `values` first, then the form's handler with every value. */
export function formSteps(controls: Controls, form: UiNode, type: 'submit' | 'reset', values: Record<string, unknown>, source: UiNode): EventStep[] {
  if (type === 'reset') {
    controls.fields.clearUnder(form.path);
    return steps(controls, [['reset', {}]], source, form);
  }
  for (const [name, value] of Object.entries(values)) {
    let found = false;
    walkTree([form], (node) => {
      if (node.attrs.name !== name) return true;
      found = true;
      if (node.tag === 'checkbox-group' || node.tag === 'radio-group') setGroup(controls, node, (Array.isArray(value) ? value : [value]).map(String));
      else if (node.kind === 'switch') controls.fields.set(node, 'checked', Boolean(value));
      else if (node.kind === 'picker') {
        const picked = pickerValue(node, value);
        if (typeof picked === 'string' || typeof picked === 'number') controls.fields.set(node, 'value', picked);
      } else controls.fields.set(node, 'value', typeof value === 'number' || typeof value === 'boolean' ? value : String(value ?? ''));
      return false;
    });
    if (!found) throw bad(`the form has no field named "${name}" (表单里没有这个字段)`, 'use the name attributes of its inputs, pickers and groups');
  }
  return steps(controls, [['submit', { value: collectFormValues(form), formId: '' }]], source, form);
}

/** A picker's value as WeChat reports it: an index for `selector` (an option's text is accepted), text for date and time. */
function pickerValue(node: UiNode, value: unknown): unknown {
  const mode = String(node.attrs.mode ?? 'selector');
  if (mode === 'multiSelector' || mode === 'region') {
    if (!Array.isArray(value)) throw bad(`a ${mode} picker takes a list (需要一个列表)`, mode === 'region' ? 'pass [province, city, district]' : 'pass one index per column');
    return value;
  }
  if (mode !== 'selector') return String(value ?? '');
  const options = node.options ?? [];
  const index = typeof value === 'number' ? value : options.indexOf(String(value));
  const resolved = index >= 0 ? index : /^\d+$/.test(String(value)) ? Number(value) : -1;
  if (!Number.isInteger(resolved) || resolved < 0 || (options.length > 0 && resolved >= options.length)) {
    const choices = `choose one of: ${options.join(' | ') || '(no options)'}`;
    throw bad(`no option ${JSON.stringify(value)} in this picker (没有这个选项); ${choices}`, choices);
  }
  return resolved;
}

function setGroup(controls: Controls, group: UiNode, chosen: string[]): void {
  walkTree(group.children, (child) => {
    if (child.kind === 'checkbox' || child.kind === 'radio') controls.fields.set(child, 'checked', chosen.includes(String(child.attrs.value ?? '')));
  });
}

function checkedValues(group: UiNode): string[] {
  const out: string[] = [];
  walkTree(group.children, (child) => {
    if (child.kind === 'checkbox' && isOn(child.attrs.checked)) out.push(String(child.attrs.value ?? ''));
  });
  return out;
}
