/** Builds the options page from data with createElement and textContent only: user text is data. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`options page lacks #${id}`);
  return node as T;
}

let counter = 0;
/** A unique id for labels and descriptions. */
export const uid = (prefix: string): string => `${prefix}-${++counter}`;

/** A <select> of values, with their names. */
export function select<V extends string>(
  values: readonly V[],
  name: (v: V) => string,
  chosen: V,
  attrs: Record<string, string> = {},
): HTMLSelectElement {
  const s = el('select', attrs);
  for (const v of values) {
    const option = el('option', { value: v }, name(v));
    option.selected = v === chosen;
    s.append(option);
  }
  return s;
}
