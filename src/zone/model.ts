// The zone model: built once per tree and shared by all rules, so that no rule rescans the tree to answer
// "what else is at this name?" or "is this name below a delegation?".
import type { RecordNode, ZoneRoot } from '../syntax/types.js';
import { isSubdomain, nameKey, parentName } from '../syntax/name.js';

export const TYPE = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  SRV: 33,
  DNAME: 39,
  DS: 43,
  RRSIG: 46,
  NSEC: 47,
  DNSKEY: 48,
  NSEC3: 50,
  SPF: 99,
} as const;

/** The records at one name. `byType` is built on first use: most names are never asked about by type. */
export class NameEntry {
  /** The records at this name, in document order. */
  records: RecordNode[];
  /** Whether the name is a delegation point (owns NS and is not the apex). */
  isCut = false;
  private types: Map<number, RecordNode[]> | undefined;
  constructor(
    /** Canonical name as first written. */
    readonly name: string,
    readonly key: string,
    first: RecordNode,
  ) {
    // An array literal of one element has room for one: most names own one record, and an array grown by
    // push() reserves 17 slots (~150 bytes) - a million names make that 150 MB.
    this.records = [first];
  }
  /** Records by type code. */
  get byType(): Map<number, RecordNode[]> {
    if (!this.types) {
      this.types = new Map();
      for (const r of this.records) {
        const list = this.types.get(r.typeCode);
        if (list) list.push(r);
        else this.types.set(r.typeCode, [r]);
      }
    }
    return this.types;
  }
  private seenTypes: Set<number> | undefined;
  /** For names with many records: whether a record of the type was seen before (and note it). */
  noteType(typeCode: number): boolean {
    if (!this.seenTypes) {
      this.seenTypes = new Set();
      for (let i = 0; i < this.records.length - 1; i++) this.seenTypes.add(this.records[i]!.typeCode);
    }
    if (this.seenTypes.has(typeCode)) return true;
    this.seenTypes.add(typeCode);
    return false;
  }

  /** Whether any record at this name has the type (no map built). */
  has(typeCode: number): boolean {
    for (const r of this.records) if (r.typeCode === typeCode) return true;
    return false;
  }
}

export class ZoneModel {
  /** Zone apex: the owner of the first SOA, else the parse origin. */
  readonly apex: string;
  readonly apexKey: string;
  readonly records: RecordNode[] = [];
  readonly names = new Map<string, NameEntry>();
  readonly soa: RecordNode[] = [];
  /** Keys of names that own NS records other than the apex (delegation points). */
  readonly cuts = new Set<string>();
  /** Keys of names that own DNAME records. */
  readonly dnames = new Set<string>();
  /** Records of each type, in document order. */
  readonly byType = new Map<number, RecordNode[]>();
  /** Per type, the names that own records of it, in order of first appearance (for rrsetsOfType). */
  private typeOwners = new Map<number, NameEntry[]>();

  constructor(readonly tree: ZoneRoot) {
    let lastOwner: string | undefined;
    let entry: NameEntry | undefined;
    let lastType = -1;
    let list: RecordNode[] | undefined;
    for (const node of tree.children) {
      if (node.type !== 'record') continue;
      this.records.push(node);
      // Consecutive records usually share their owner (blank owner fields share the very string) and often
      // their type: skip the lookups then.
      if (node.owner !== lastOwner || entry === undefined) {
        const key = nameKey(node.owner);
        entry = this.names.get(key);
        if (!entry) {
          entry = new NameEntry(node.owner, key, node);
          this.names.set(key, entry);
        } else entry.records.push(node);
        lastOwner = node.owner;
      } else entry.records.push(node);
      const key = entry.key;
      // Is this the first record of its type at this name? Then the name joins the type's owners.
      const recs = entry.records;
      let seen = false;
      if (recs.length <= 16) {
        for (let i = 0; i < recs.length - 1; i++) {
          if (recs[i]!.typeCode === node.typeCode) {
            seen = true;
            break;
          }
        }
      } else seen = entry.noteType(node.typeCode);
      if (!seen) {
        const owners = this.typeOwners.get(node.typeCode);
        if (owners) owners.push(entry);
        else this.typeOwners.set(node.typeCode, [entry]);
      }
      if (node.typeCode !== lastType || list === undefined) {
        list = this.byType.get(node.typeCode);
        if (!list) this.byType.set(node.typeCode, (list = []));
        lastType = node.typeCode;
      }
      list.push(node);
      if (node.typeCode === TYPE.SOA) this.soa.push(node);
      if (node.typeCode === TYPE.DNAME) this.dnames.add(key);
    }
    // Trim the spare capacity push() left in small per-name arrays.
    for (const e of this.names.values()) if (e.records.length > 1 && e.records.length < 16) e.records = e.records.slice();
    this.apex = this.soa[0]?.owner ?? tree.origin;
    this.apexKey = nameKey(this.apex);
    for (const owner of this.typeOwners.get(TYPE.NS) ?? []) {
      if (owner.key === this.apexKey) continue;
      this.cuts.add(owner.key);
      owner.isCut = true;
    }
  }

  /** All records at a name (any type). */
  at(name: string): RecordNode[] {
    return this.names.get(nameKey(name))?.records ?? [];
  }

  /** The RRset of one type at a name. */
  rrset(name: string, typeCode: number): RecordNode[] {
    const entry = this.names.get(nameKey(name));
    if (!entry) return [];
    if (entry.records.length === 1) return entry.records[0]!.typeCode === typeCode ? entry.records : [];
    return entry.byType.get(typeCode) ?? [];
  }

  /** Records of one type across the zone, in document order. */
  ofType(typeCode: number): RecordNode[] {
    return this.byType.get(typeCode) ?? [];
  }

  private groupsByType = new Map<number, RecordNode[][]>();

  /** RRsets of one type across the zone (records grouped by owner, in order of first appearance). */
  rrsetsOfType(typeCode: number): RecordNode[][] {
    let out = this.groupsByType.get(typeCode);
    if (out) return out;
    // From the owners noted while building the model: no hashing of names again.
    out = [];
    for (const e of this.typeOwners.get(typeCode) ?? []) {
      const recs = e.records;
      if (recs.length === 1) out.push(recs);
      else {
        const g: RecordNode[] = [];
        for (const r of recs) if (r.typeCode === typeCode) g.push(r);
        out.push(g);
      }
    }
    this.groupsByType.set(typeCode, out);
    return out;
  }

  private multi?: RecordNode[][];

  /** Every RRset with more than one record (where duplicates and TTL mismatches can hide). */
  multiRecordRRsets(): RecordNode[][] {
    if (this.multi) return this.multi;
    const out: RecordNode[][] = [];
    for (const entry of this.names.values()) {
      const recs = entry.records;
      if (recs.length < 2) continue;
      // Most names hold a few records of distinct types: check that without building a map.
      let repeated = false;
      if (recs.length <= 8) {
        for (let i = 1; i < recs.length && !repeated; i++) {
          for (let j = 0; j < i; j++) {
            if (recs[i]!.typeCode === recs[j]!.typeCode) {
              repeated = true;
              break;
            }
          }
        }
      } else repeated = true;
      if (!repeated) continue;
      for (const list of entry.byType.values()) if (list.length > 1) out.push(list);
    }
    this.multi = out;
    return out;
  }

  /** Whether a name is at or below the apex. */
  inZone(name: string): boolean {
    return isSubdomain(name, this.apex);
  }

  /** Per name key: the delegation point at or above it (null: none). Names share parents, so this is cheap. */
  private cutMemo = new Map<string, string | null>();

  /** The nearest delegation point strictly above `name` or at it (not the apex), if any. */
  cutAt(name: string): string | undefined {
    if (this.cuts.size === 0) return undefined;
    const key = nameKey(name);
    if (key === this.apexKey) return undefined;
    if (this.cuts.has(key)) return this.names.get(key)!.name;
    // Most owners sit right below the apex: their parent is the apex, which is no cut (no allocation then).
    if (key.indexOf('\\') < 0) {
      const dot = key.indexOf('.');
      if (dot >= 0 && key.length - dot - 1 === this.apexKey.length && key.endsWith(this.apexKey)) return undefined;
    }
    // Owners are asked about once each; their parents are shared, so only parents are memoised.
    const parent = parentName(key);
    return parent === undefined ? undefined : (this.cutOfKey(parent) ?? undefined);
  }

  private cutOfKey(key: string): string | null {
    const memo = this.cutMemo.get(key);
    if (memo !== undefined) return memo;
    let result: string | null;
    if (key === this.apexKey || key === '.') result = null;
    else if (this.cuts.has(key)) result = this.names.get(key)!.name;
    else {
      const parent = parentName(key);
      result = parent === undefined ? null : this.cutOfKey(parent);
    }
    this.cutMemo.set(key, result);
    return result;
  }

  /** The nearest DNAME owner strictly above `name`, if any. */
  dnameAbove(name: string): string | undefined {
    if (this.dnames.size === 0) return undefined;
    for (let n = parentName(name); n !== undefined; n = parentName(n)) {
      const k = nameKey(n);
      if (this.dnames.has(k)) return this.names.get(k)!.name;
      if (k === this.apexKey) return undefined;
    }
    return undefined;
  }

  /** Keys of every name that has a descendant owning records (built on first use). */
  private nonTerminals?: Set<string>;

  /** Whether some owner name lies strictly below `name` (O(1) after one pass over the names). */
  isNonTerminal(name: string): boolean {
    if (!this.nonTerminals) {
      const set = new Set<string>();
      for (const key of this.names.keys()) {
        for (let k = parentName(key); k !== undefined; k = parentName(k)) {
          if (set.has(k)) break;
          set.add(k);
        }
      }
      this.nonTerminals = set;
    }
    return this.nonTerminals.has(nameKey(name));
  }

  /** Whether a name exists in the zone: it owns records or is an empty non-terminal above some. */
  exists(name: string): boolean {
    return this.names.has(nameKey(name)) || this.isNonTerminal(name);
  }
}


const cache = new WeakMap<ZoneRoot, ZoneModel>();

/** The model of a tree, built on first use. */
export function zoneModel(tree: ZoneRoot): ZoneModel {
  let model = cache.get(tree);
  if (!model) {
    model = new ZoneModel(tree);
    cache.set(tree, model);
  }
  return model;
}
