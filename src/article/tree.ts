/**
 * The few questions the reader asks of an HTML tree. The cheerio adapter answers them for
 * parsed strings and the DOM adapter for a live page, so both run the same reading code.
 */
export interface TreeAccess<N> {
  isElement(node: N): boolean;
  isText(node: N): boolean;
  /** Lower-case tag name of an element. */
  tagName(node: N): string;
  attr(node: N, name: string): string | null;
  children(node: N): Iterable<N>;
  /**
   * Only the element children, where the tree lists them more cheaply than all children (the
   * DOM does): the units' cut asks this of every paragraph, most of which hold text alone.
   */
  elementChildren?(node: N): Iterable<N>;
  /** The character data of a text node. */
  data(node: N): string;
  /** Elements under `root` (not `root` itself) matching a CSS selector, in document order. */
  query(root: N, selector: string): N[];
}

export function hasClass<N>(access: TreeAccess<N>, node: N, name: string): boolean {
  const value = access.attr(node, 'class');
  return value?.split(/\s+/).includes(name) ?? false;
}
