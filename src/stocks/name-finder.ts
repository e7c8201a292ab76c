/** A name found in a text: its id in the `NameRegistry`, and where it starts. */
export interface NameHit {
  id: number;
  at: number;
}

// Names are looked up by their first two UTF-16 units: selective even in Chinese, where single
// characters of company names (中, 华, 国) are everywhere.
const pairAt = (text: string, at: number) =>
  text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

/**
 * Finds many names in a text in one pass. For each name it finds the places a chain of `indexOf`
 * calls would (the leftmost first, each next search starting after the last find), so the names
 * of one article can be searched for together. Names shorter than two characters are skipped.
 */
export class NameFinder {
  // Whether a UTF-16 unit starts some name: most characters of a text start none.
  private readonly starts = new Uint8Array(0x10000);
  private readonly byPair = new Map<number, { id: number; name: string }[]>();

  constructor(names: Iterable<{ id: number; name: string }>) {
    for (const entry of names) {
      if (entry.name.length < 2) continue;
      this.starts[entry.name.charCodeAt(0)] = 1;
      const key = pairAt(entry.name, 0);
      const bucket = this.byPair.get(key);
      if (bucket) bucket.push(entry);
      else this.byPair.set(key, [entry]);
    }
  }

  find(text: string): NameHit[] {
    const hits: NameHit[] = [];
    if (this.byPair.size === 0) return hits;
    // Per name, where its next find may start: a find never overlaps the one before it.
    let nextFrom: Map<number, number> | null = null;
    for (let at = 0; at + 1 < text.length; at++) {
      if (this.starts[text.charCodeAt(at)] === 0) continue;
      const bucket = this.byPair.get(pairAt(text, at));
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
