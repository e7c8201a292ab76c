import { type Piece, readNodes } from '../src/article/blocks';
import { cutUnits, isBlankNode, isBlockElement, type Unit } from '../src/article/units';
import type { ArticleFrame } from '../src/read/read-article';
import type { BlockPayload, LinkTuple } from './analysis/protocol';
import type { Slices } from './slices';

/** A paragraph of the body as the page holds it: its id, and the text nodes its characters are in. */
export interface PageBlock {
  id: number;
  pieces: Piece<Node>[];
}

interface UnitRead {
  nodes: Node[];
  /** A block element, the unit's only node: untouched, it is a unit as it was at the next cut. */
  block: boolean;
  blocks: PageBlock[];
}

/** The clock is read every so many units: an unchanged unit costs little more than reading it. */
export const UNITS_PER_CLOCK_READ = 16;

const sameNodes = (a: readonly Node[], b: readonly Node[]) =>
  a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * Reads one article body unit by unit (src/article/units.ts), in slices, and again after the page
 * changes it: only the units the page touched, or that are new, are read again. Their paragraphs
 * get new ids and are handed out to send; every other paragraph keeps its id. The paragraphs
 * always equal what reading the whole body would give (test/unit/body-reader.test.ts).
 *
 * Paragraph text is not kept here: it goes to the background, which analyses it. Only the
 * pieces stay, to find a span's text nodes when painting it.
 */
export class BodyReader {
  private units = new Map<Node, UnitRead>();
  private containers = new Set<Node>();
  private touched = new Set<Node>();
  /** The body's paragraphs, in order, as last read. */
  blocks: PageBlock[] = [];
  /** The last unit read, in document order. */
  private last: UnitRead | null = null;
  /**
   * Nodes the page appended to the end of the body since the last read, while it changed nothing
   * else (`note`); null once it did anything else. Live pages mostly grow so.
   */
  private appended: Node[] | null = [];

  /** `newId` gives paragraph ids never given before, across readers of one page's life. */
  constructor(
    private frame: ArticleFrame<Node>,
    private readonly newId: () => number,
  ) {}

  get body(): Node {
    return this.frame.body;
  }

  /** The same body, read the same way, as the page says it is now (its title or links may change). */
  reframe(frame: ArticleFrame<Node>): void {
    this.frame = frame;
  }

  /**
   * Notes a change the page made at `target` (a mutation record's target): the unit holding it
   * is read again. Changes to which units there are (a paragraph added or removed) need no note:
   * each read cuts the body into units afresh.
   */
  touch(target: Node): void {
    this.appended = null;
    this.mark(target);
  }

  private mark(target: Node): void {
    // Every node on the way up is noted, not only the one under a known container: a block the
    // page put in since the last read (a wrapper) may be a container now, and what it holds units.
    let node: Node | null = target;
    while (node?.parentNode && !this.containers.has(node.parentNode)) {
      this.touched.add(node);
      node = node.parentNode;
    }
    if (node?.parentNode) this.touched.add(node);
  }

  /** `touch` for a whole mutation record, noting besides whether the page only appended. */
  note(record: MutationRecord): void {
    const appends =
      record.type === 'childList' &&
      record.target === this.frame.body &&
      record.removedNodes.length === 0 &&
      record.nextSibling === null;
    if (appends) {
      this.appended?.push(...record.addedNodes);
      this.mark(record.target);
    } else this.touch(record.target);
  }

  /**
   * What the page appended, when that is all it did and a full cut would give the units already
   * read followed by these: the body still ends with the appended nodes, what separates them from
   * the last unit is blank, and they start with a block (else their first inline nodes would join
   * a run before them). Null when not so.
   */
  private grownBy(): Node[] | null {
    const { appended, last } = this;
    const { body, access } = this.frame;
    const first = appended?.[0];
    if (!appended || !first || !last?.block || !isBlockElement(first, access)) return null;
    let node: Node | null = body.lastChild;
    for (let i = appended.length - 1; i >= 0; i--, node = node?.previousSibling ?? null)
      if (node !== appended[i]) return null;
    while (node && node !== last.nodes[0] && isBlankNode(node, access)) node = node.previousSibling;
    return node === last.nodes[0] && node.parentNode === body ? appended : null;
  }

  /**
   * Reads what changed; the paragraphs read (to send), or null when the work was given up. When
   * the page only appended (`grownBy`), only what it appended is cut and read.
   */
  async read(work: Slices): Promise<BlockPayload[] | null> {
    const { frame } = this;
    const isMarked = (el: Node) => frame.linkOf(el) !== null;
    const touched = this.touched;
    this.touched = new Set();
    const grown = this.grownBy();
    this.appended = [];
    // A paragraph element read as a unit of its own, and untouched since, is one still.
    const settledOf = (el: Node) => {
      const read = this.units.get(el);
      return read?.block && !touched.has(el) ? read : undefined;
    };
    const steps = grown
      ? cutUnits<Node, UnitRead>(frame.body, frame.access, isMarked, undefined, grown)
      : cutUnits(frame.body, frame.access, isMarked, settledOf);
    // The cut too is done in slices: it looks at every node of a long body.
    let step = steps.next();
    while (!step.done) {
      if (work.due() && !(await work.pause())) return this.giveUp(touched);
      step = steps.next();
    }
    const { units, containers } = step.value;
    const blocks: PageBlock[] = grown ? [...this.blocks] : [];
    const fresh: BlockPayload[] = [];
    // Units read anew, kept aside until the read is whole: one given up leaves all as it was.
    const readNow: UnitRead[] = [];
    let kept = grown ? this.last : null;
    for (let i = 0; i < units.length; i++) {
      if (i % UNITS_PER_CLOCK_READ === 0 && work.due() && !(await work.pause()))
        return this.giveUp(touched);
      const unit = units[i] as Unit<Node, UnitRead>;
      kept = unit.settled ?? null;
      if (kept === null) {
        // Not a block element untouched since: a run, or a block new or changed.
        const old = this.units.get(unit.nodes[0] as Node);
        kept =
          old && sameNodes(old.nodes, unit.nodes) && !unit.nodes.some((n) => touched.has(n))
            ? old
            : this.readUnit(unit, fresh);
        if (kept !== old) readNow.push(kept);
      }
      // Indexed: this loop runs over every unit of the page on each change.
      const kb = kept.blocks;
      for (let j = 0; j < kb.length; j++) blocks.push(kb[j] as PageBlock);
    }
    for (const read of readNow) this.units.set(read.nodes[0] as Node, read);
    if (grown) for (const container of containers) this.containers.add(container);
    else {
      this.containers = containers;
      // Every unit is a key now; more keys than units means some are gone from the page.
      if (this.units.size > units.length) {
        const next = new Map<Node, UnitRead>();
        for (const { nodes } of units) {
          const first = nodes[0] as Node;
          next.set(first, this.units.get(first) as UnitRead);
        }
        this.units = next;
      }
    }
    this.blocks = blocks;
    this.last = kept;
    return fresh;
  }

  /** A read given up: the next cuts the whole body again, and reads what was touched. */
  private giveUp(touched: Set<Node>): null {
    for (const node of touched) this.touched.add(node);
    this.appended = null;
    return null;
  }

  private readUnit(unit: Unit<Node, UnitRead>, fresh: BlockPayload[]): UnitRead {
    const { frame } = this;
    const { paragraphs, marked } = readNodes(
      unit.nodes,
      frame.access,
      (el) => frame.linkOf(el) !== null,
    );
    const links: LinkTuple[] = [];
    for (const m of marked) {
      const target = frame.linkOf(m.element);
      if (target) links.push([m.paragraph, m.start, m.end, target.code, target.exchange]);
    }
    const blocks = paragraphs.map((p, i) => {
      const id = this.newId();
      // The unit's links go with its first paragraph, in the order the reader found them.
      fresh.push({ id, text: p.text, links: i === 0 ? links : [] });
      return { id, pieces: p.pieces };
    });
    return { nodes: unit.nodes, block: unit.block, blocks };
  }
}
