interface Pending {
  countries: string[];
  places: [string, number][];
  sources: [string, number][];
}

/**
 * Ids of lookup rows (countries, places, sources, topics) kept for a whole import run, so an article
 * does not ask the database for them again. Only committed rows are handed out: what a transaction
 * creates waits in its view's `pending` and is published after it commits (`commit`); a view whose
 * transaction rolled back is simply dropped, so no article is ever given the id of a row that does not exist.
 */
export class StoreCache {
  private readonly countries = new Set<string>();
  private readonly places = new Map<string, number>();
  private readonly sources = new Map<string, number>();
  topics: Map<string, number> | null = null;
  pending: Pending = emptyPending();

  hasCountry(code: string): boolean {
    return this.countries.has(code);
  }

  placeId(name: string): number | undefined {
    return this.places.get(name);
  }

  sourceId(name: string): number | undefined {
    return this.sources.get(name);
  }

  publish(rows: Partial<Pending>): void {
    for (const c of rows.countries ?? []) this.countries.add(c);
    for (const [name, id] of rows.places ?? []) this.places.set(name, id);
    for (const [name, id] of rows.sources ?? []) this.sources.set(name, id);
  }

  /** A view for one transaction: reads this cache, collects its own creations apart. */
  forTransaction(): StoreCache {
    const view = Object.create(this) as StoreCache;
    view.pending = emptyPending();
    return view;
  }

  /** After `view`'s transaction committed: its creations become visible to every later article. */
  commit(view: StoreCache): void {
    this.publish(view.pending);
    if (!this.topics && view.topics) this.topics = view.topics;
  }
}

function emptyPending(): Pending {
  return { countries: [], places: [], sources: [] };
}
