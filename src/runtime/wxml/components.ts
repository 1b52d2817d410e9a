import { applyHostAttribute, propertyName } from './attributes.ts';
import { readOwn, setOwn, toNumber, toText } from './expression/safe-value.ts';
import { rootScope } from './expression/scope.ts';
import { unitOf } from './files.ts';
import { renderChildren } from './render.ts';
import { MAX_DEPTH, type Frame, type RenderState } from './render-state.ts';
import type { PropertyType, UiNode, WxmlComponent, WxmlElement, WxmlNode } from './types.ts';

/**
 * Renders a custom component: a host node (tag = the component's tag, kind `view`) holding
 * the component's own template, rendered with its data and the properties the attributes set.
 * Children fill its `<slot>`s in the page's scope; handlers inside belong to the component.
 */
export function renderComponent(state: RenderState, node: WxmlElement, component: WxmlComponent, frame: Frame, out: UiNode[]): void {
  if (frame.depth >= MAX_DEPTH) {
    state.report(`components nested deeper than ${MAX_DEPTH} levels at <${node.name}> (组件嵌套过深)`, node);
    return;
  }
  const host = state.node('view', node.name);
  if (!host) return;
  const data = startingData(component);
  for (const [attribute, raw] of Object.entries(node.attrs)) {
    const value = state.value(raw, frame.scope, node);
    if (applyHostAttribute(host, attribute, value)) continue;
    const name = propertyName(attribute);
    if (name !== '__proto__') setOwn(data, name, coerce(value, declaredType(component, name)));
  }
  if (frame.owner && Object.keys(host.events).length > 0) state.owners.set(host, frame.owner);
  const unit = unitOf(component.nodes, component.nodes[0]?.file);
  const inner: Frame = {
    scope: rootScope(data),
    unit,
    outerUnits: [],
    owner: host,
    components: component.components ?? frame.components,
    slots: { groups: slotGroups(node.children), frame },
    depth: frame.depth + 1,
    inText: false,
  };
  if (state.enter(node)) {
    renderChildren(state, unit.nodes, inner, host.children);
    state.leave();
  }
  out.push(host);
}

function startingData(component: WxmlComponent): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, declaration] of Object.entries(component.properties ?? {})) {
    if (declaration !== null && typeof declaration === 'object' && 'value' in declaration) setOwn(data, name, declaration.value);
  }
  for (const key of Object.keys(component.data ?? {})) setOwn(data, key, readOwn(component.data, key));
  return data;
}

function declaredType(component: WxmlComponent, name: string): PropertyType | undefined {
  const declaration = component.properties && Object.hasOwn(component.properties, name) ? component.properties[name] : undefined;
  if (declaration === undefined || declaration === null || typeof declaration === 'string') return declaration ?? undefined;
  return declaration.type;
}

/** Attribute text becomes the declared type, as WeChat converts it. */
function coerce(value: unknown, type: PropertyType | undefined): unknown {
  if (typeof value !== 'string' || !type) return value;
  if (type === 'Number') return toNumber(value.trim() === '' ? 0 : value);
  if (type === 'Boolean') return value !== '' && value !== 'false';
  if (type === 'String') return toText(value);
  return value;
}

function slotGroups(children: WxmlNode[]): Map<string, WxmlNode[]> {
  const groups = new Map<string, WxmlNode[]>();
  for (const child of children) {
    const name = child.type === 'element' ? (child.attrs.slot ?? '') : '';
    const group = groups.get(name) ?? [];
    group.push(child);
    groups.set(name, group);
  }
  return groups;
}
