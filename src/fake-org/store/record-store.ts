import { makeId, to18 } from '../ids';

/** A stored record: field API names (as described) to wire values. Dates are Salesforce-formatted strings. */
export type StoredRecord = { Id: string } & Record<string, unknown>;

interface StoredEntry {
  sobject: string;
  record: StoredRecord;
  deleted: boolean;
  /** When it went to the recycle bin: the delete log getDeleted reads. */
  deletedAt?: Date;
}

/** One row of the delete log, as getDeleted reports it. */
export interface DeletionEntry {
  id: string;
  deletedAt: Date;
}

// The org's rows. It knows nothing of validation: the sObject handlers enforce describe's rules
// before writing here, and the seed loader writes trusted data straight in.
export class RecordStore {
  private readonly byId = new Map<string, StoredEntry>();
  private readonly counters = new Map<string, number>();

  /** `now` is the org's clock, so a deletion is dated wherever it comes from (REST, composite, derived rows). */
  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Inserts a record of `sobject`, allocating an ID from its key prefix unless one is given. */
  insert(sobject: string, keyPrefix: string, fields: Record<string, unknown>): StoredRecord {
    const given = typeof fields.Id === 'string' ? to18(fields.Id) : undefined;
    const id = given ?? this.nextId(keyPrefix);
    const record: StoredRecord = { ...fields, Id: id };
    this.byId.set(id, { sobject, record, deleted: false });
    return record;
  }

  get(id: string): StoredRecord | undefined {
    const entry = this.byId.get(to18(id));
    return entry && !entry.deleted ? entry.record : undefined;
  }

  /** The object name of a live record, or undefined. */
  typeOf(id: string): string | undefined {
    const entry = this.byId.get(to18(id));
    return entry && !entry.deleted ? entry.sobject : undefined;
  }

  isDeleted(id: string): boolean {
    return this.byId.get(to18(id))?.deleted ?? false;
  }

  update(id: string, fields: Record<string, unknown>): StoredRecord | undefined {
    const entry = this.byId.get(to18(id));
    if (!entry || entry.deleted) return undefined;
    Object.assign(entry.record, fields);
    return entry.record;
  }

  /** Moves a record to the recycle bin: later reads answer ENTITY_IS_DELETED; queryAll still sees it. */
  delete(id: string): boolean {
    const entry = this.byId.get(to18(id));
    if (!entry || entry.deleted) return false;
    entry.deleted = true;
    entry.deletedAt = this.now();
    entry.record.IsDeleted = true;
    return true;
  }

  /** The delete log of one object (case-insensitive), oldest first. */
  deletions(sobject: string): DeletionEntry[] {
    const lower = sobject.toLowerCase();
    const log: DeletionEntry[] = [];
    for (const [id, entry] of this.byId) {
      if (entry.deletedAt && entry.sobject.toLowerCase() === lower) log.push({ id, deletedAt: entry.deletedAt });
    }
    return log.sort((a, b) => a.deletedAt.getTime() - b.deletedAt.getTime());
  }

  /** Live records of one object, case-insensitive on its name, in insertion order. */
  all(sobject: string): StoredRecord[] {
    return this.rows(sobject, false);
  }

  /** Live and recycled records of one object: what queryAll reads. */
  allWithDeleted(sobject: string): StoredRecord[] {
    return this.rows(sobject, true);
  }

  private rows(sobject: string, withDeleted: boolean): StoredRecord[] {
    const lower = sobject.toLowerCase();
    const rows: StoredRecord[] = [];
    for (const entry of this.byId.values()) {
      if ((withDeleted || !entry.deleted) && entry.sobject.toLowerCase() === lower) rows.push(entry.record);
    }
    return rows;
  }

  /** A copy of every row, so a failed all-or-none composite can be rolled back. */
  snapshot(): () => void {
    const saved = new Map([...this.byId].map(([id, entry]) => [id, { ...entry, record: { ...entry.record } }]));
    const savedCounters = new Map(this.counters);
    return () => {
      this.byId.clear();
      for (const [id, entry] of saved) this.byId.set(id, entry);
      this.counters.clear();
      for (const [prefix, n] of savedCounters) this.counters.set(prefix, n);
    };
  }

  private nextId(keyPrefix: string): string {
    const n = (this.counters.get(keyPrefix) ?? 0) + 1;
    this.counters.set(keyPrefix, n);
    let id = makeId(keyPrefix, n);
    // A seed may have used explicit IDs; skip past any of them.
    while (this.byId.has(id)) id = this.nextId(keyPrefix);
    return id;
  }
}
