/** A name found in a text: its id in the `NameRegistry`, and where it starts. */
export interface NameHit {
  id: number;
  at: number;
}

// Names are looked up by their first two UTF-16 units: selective even in Chinese, where single
// characters of company names (中, 华, 国) are everywhere.
const pairAt = (text: string, at: number) =>
  text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

// Up to this many names, one native indexOf chain per name is faster than one scan in script.
const FEW_NAMES = 16;

interface Entry {
  id: number;
  name: string;
}

/** Names by their first two units, and a 4,096-bit filter on first units: most characters start none. */
interface Index {
  starts: number[];
  byPair: Map<number, Entry[]>;
}

function indexOf(entries: readonly Entry[]): Index {
  // A plain array: a typed one costs more to make than most paragraphs take to search.
  const starts: number[] = new Array(128).fill(0);
  const byPair = new Map<number, Entry[]>();
  for (const entry of entries) {
    const unit = entry.name.charCodeAt(0) & 0xfff;
    starts[unit >>> 5] = (starts[unit >>> 5] as number) | (1 << (unit & 31));
    const key = pairAt(entry.name, 0);
    const bucket = byPair.get(key);
    if (bucket) bucket.push(entry);
    else byPair.set(key, [entry]);
  }
  return { starts, byPair };
}

/**
 * Finds many names in a text. For each name it finds the places a chain of `indexOf` calls would
 * (the leftmost first, each next search starting after the last find); past a few names, it
 * finds them all in one pass over the text instead. Names shorter than two characters are skipped.
 */
export class NameFinder {
  private readonly entries: Entry[];
  private index: Index | null = null;

  constructor(names: Iterable<Entry>) {
    this.entries = [...names].filter((e) => e.name.length >= 2);
  }

  find(text: string): NameHit[] {
    const hits: NameHit[] = [];
    if (this.entries.length <= FEW_NAMES) {
      for (const { id, name } of this.entries) {
        for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length))
          hits.push({ id, at });
      }
      return hits;
    }
    this.index ??= indexOf(this.entries);
    const { starts, byPair } = this.index;
    // Per name, where its next find may start: a find never overlaps the one before it.
    let nextFrom: Map<number, number> | null = null;
    for (let at = 0; at + 1 < text.length; at++) {
      const unit = text.charCodeAt(at) & 0xfff;
      if (((starts[unit >>> 5] as number) & (1 << (unit & 31))) === 0) continue;
      const bucket = byPair.get(pairAt(text, at));
      if (!bucket) continue;
      for (const { id, name } of bucket) {
        if (at < (nextFrom?.get(id) ?? 0) || !text.startsWith(name, at)) continue;
        nextFrom ??= new Map();
        nextFrom.set(id, at + name.length);
        hits.push({ id, at });
      }
    }
    return hits;
  }
}

/**
 * Every name looked for so far, each with a lasting id, so a paragraph searched for the first
 * `searched` names only needs searching for the names added since. Finders are built once per
 * batch of new names.
 */
export class NameRegistry {
  private readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly finders = new Map<number, NameFinder>();

  get size(): number {
    return this.names.length;
  }

  /** The id of a name, registering it if it is new. */
  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
      this.finders.clear();
    }
    return id;
  }

  /** A finder for the names with ids from `from` on. */
  finderFrom(from: number): NameFinder {
    let finder = this.finders.get(from);
    if (!finder) {
      finder = new NameFinder(this.names.slice(from).map((name, i) => ({ id: from + i, name })));
      this.finders.set(from, finder);
    }
    return finder;
  }
}
