// The zone model: built once per tree and shared by all rules, so that no rule rescans the tree to answer
// "what else is at this name?" or "is this name below a delegation?".
import type { RecordNode, ZoneRoot } from '../syntax/types.js';
import { isSubdomain, isSubdomainKey, nameKey, parentName } from '../syntax/name.js';
import { NameTable } from './name-table.js';
import { SuffixIndex } from './suffix-index.js';

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

/**
 * The records at one name. Most names of a zone own one record: such an entry holds just that record, and the
 * `records` array is made on first use (a million one-record names made a million arrays, ~56 MB that the
 * garbage collector copied twice). `byType` is built on first use too.
 */
export class NameEntry {
  /** Whether the name is a delegation point (owns NS and is not the apex). */
  isCut = false;
  /** All records, once there are several (or once asked for). */
  private list: RecordNode[] | undefined = undefined;
  private types: Map<number, RecordNode[]> | undefined = undefined;
  private seenTypes: Set<number> | undefined = undefined;
  constructor(
    readonly key: string,
    /** The first record at this name, in document order. */
    readonly first: RecordNode,
  ) {}

  /** Canonical name as first written. */
  get name(): string {
    return this.first.owner;
  }

  /** The records at this name, in document order. */
  get records(): RecordNode[] {
    return (this.list ??= [this.first]);
  }

  /** How many records the name owns (no array made). */
  get count(): number {
    return this.list === undefined ? 1 : this.list.length;
  }

  /** Add a later record (while the model is built). */
  add(rec: RecordNode): void {
    if (this.list === undefined) this.list = [this.first, rec];
    else this.list.push(rec);
  }

  /** Drop the spare capacity push() left (an array grown by push keeps room for 17). */
  trim(): void {
    if (this.list !== undefined && this.list.length < 16) this.list = this.list.slice();
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

  /** Whether an earlier record of the name has the type of the record just added (and note it). */
  seenBefore(typeCode: number): boolean {
    const recs = this.list;
    if (recs === undefined) return false;
    if (recs.length <= 16) {
      for (let i = 0; i < recs.length - 1; i++) if (recs[i]!.typeCode === typeCode) return true;
      return false;
    }
    if (!this.seenTypes) {
      this.seenTypes = new Set();
      for (let i = 0; i < recs.length - 1; i++) this.seenTypes.add(recs[i]!.typeCode);
    }
    if (this.seenTypes.has(typeCode)) return true;
    this.seenTypes.add(typeCode);
    return false;
  }

  /** Whether any record at this name has the type (no map built). */
  has(typeCode: number): boolean {
    if (this.list === undefined) return this.first.typeCode === typeCode;
    for (const r of this.list) if (r.typeCode === typeCode) return true;
    return false;
  }
}

export class ZoneModel {
  /** Zone apex: the owner of the first SOA, else the parse origin. */
  readonly apex: string;
  readonly apexKey: string;
  readonly records: RecordNode[] = [];
  /** Every owner name, by key, in order of first appearance. */
  readonly names: NameTable<NameEntry>;
  readonly soa: RecordNode[] = [];
  /** Keys of names that own NS records other than the apex (delegation points). */
  readonly cuts = new Set<string>();
  /** Keys of names that own DNAME records. */
  readonly dnames = new Set<string>();
  /** Records of each type, in document order. */
  readonly byType = new Map<number, RecordNode[]>();
  /** Per type, the names that own records of it, in order of first appearance (for rrsetsOfType). */
  private typeOwners = new Map<number, NameEntry[]>();
  /**
   * Every name except plain one-label names right below the apex: the apex itself, deeper names, names outside
   * the zone and names with escapes. Only these can lie below a delegation point without being one, so rules
   * about occlusion visit these (a few per cent of a typical zone) instead of every name.
   */
  readonly nonChildNames: NameEntry[] = [];
  /** Names that own more than one record, in order of their second record. */
  readonly multiRecordNames: NameEntry[];

  constructor(readonly tree: ZoneRoot) {
    // Sized for a name per two entries; it grows when a zone has more.
    this.names = new NameTable(tree.children.length >> 1);
    let lastOwner: string | undefined;
    let entry: NameEntry | undefined;
    let lastType = -1;
    let list: RecordNode[] | undefined;
    /** Names that got a second record (their arrays are trimmed at the end). */
    const multi: NameEntry[] = [];
    // The apex is the first SOA's owner; until one is seen (it is nearly always the first record), the origin.
    const apexGuess = nameKey(tree.origin);
    const children = tree.children;
    // Indexed: no iterator result per item (see Rule.check).
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type !== 'record') continue;
      this.records.push(node);
      // Consecutive records usually share their owner (blank owner fields share the very string) and often
      // their type: skip the lookups then.
      if (node.owner !== lastOwner || entry === undefined) {
        const key = nameKey(node.owner);
        entry = this.names.get(key);
        if (!entry) {
          entry = new NameEntry(key, node);
          this.names.add(entry);
          // Classified now, while the key is fresh in the cache.
          if (!isChildOf(key, apexGuess)) this.nonChildNames.push(entry);
        } else {
          if (entry.count === 1) multi.push(entry);
          entry.add(node);
        }
        lastOwner = node.owner;
      } else {
        if (entry.count === 1) multi.push(entry);
        entry.add(node);
      }
      const key = entry.key;
      // Is this the first record of its type at this name? Then the name joins the type's owners.
      if (!entry.seenBefore(node.typeCode)) {
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
    for (let i = 0; i < multi.length; i++) multi[i]!.trim();
    this.multiRecordNames = multi;
    this.apex = this.soa[0]?.owner ?? tree.origin;
    this.apexKey = nameKey(this.apex);
    if (this.apexKey !== apexGuess) {
      // The first SOA came late or names another apex: classify again against the real one.
      this.nonChildNames.length = 0;
      for (const e of this.names.list) if (!isChildOf(e.key, this.apexKey)) this.nonChildNames.push(e);
    }
    for (const owner of this.typeOwners.get(TYPE.NS) ?? []) {
      if (owner.key === this.apexKey) continue;
      this.cuts.add(owner.key);
      owner.isCut = true;
    }
  }

  private occlusion?: NameEntry[];

  /**
   * The names that can hold occluded data when the zone has no DNAME: the delegation points right below the
   * apex (in order of their first NS record), then every name other than plain one-label names right below the
   * apex (nonChildNames). Not merged into one document order: that read every candidate's first record.
   */
  occlusionCandidates(): NameEntry[] {
    if (this.occlusion) return this.occlusion;
    const out: NameEntry[] = [];
    const owners = this.ownersOfType(TYPE.NS);
    for (let i = 0; i < owners.length; i++) {
      const e = owners[i]!;
      if (e.isCut && isChildOf(e.key, this.apexKey)) out.push(e);
    }
    const others = this.nonChildNames;
    for (let i = 0; i < others.length; i++) out.push(others[i]!);
    this.occlusion = out;
    return out;
  }

  /** The delegation points, for finding the one above a name without substrings (built on first use). */
  private cutIndex?: SuffixIndex;

  /** All records at a name (any type). */
  at(name: string): RecordNode[] {
    return this.names.get(nameKey(name))?.records ?? [];
  }

  /** The RRset of one type at a name (a shared empty array when there is none: do not modify it). */
  rrset(name: string, typeCode: number): RecordNode[] {
    const entry = this.names.get(nameKey(name));
    if (!entry) return EMPTY;
    if (entry.count === 1) return entry.first.typeCode === typeCode ? entry.records : EMPTY;
    const recs = entry.records;
    // Most lookups miss (is there a CNAME at this target?): answer small names without building their type map.
    if (recs.length <= 8) {
      let i = 0;
      while (i < recs.length && recs[i]!.typeCode !== typeCode) i++;
      if (i === recs.length) return EMPTY;
    }
    return entry.byType.get(typeCode) ?? EMPTY;
  }

  /** The first record of one type at a name, if any (no arrays built). */
  first(name: string, typeCode: number): RecordNode | undefined {
    const entry = this.names.get(nameKey(name));
    if (!entry) return undefined;
    if (entry.count === 1) return entry.first.typeCode === typeCode ? entry.first : undefined;
    for (const r of entry.records) if (r.typeCode === typeCode) return r;
    return undefined;
  }

  /** Records of one type across the zone, in document order. */
  ofType(typeCode: number): RecordNode[] {
    return this.byType.get(typeCode) ?? EMPTY;
  }

  /** The names that own records of one type, in order of first appearance. */
  ownersOfType(typeCode: number): readonly NameEntry[] {
    return this.typeOwners.get(typeCode) ?? EMPTY_ENTRIES;
  }

  private groupsByType = new Map<number, RecordNode[][]>();

  /** RRsets of one type across the zone (records grouped by owner, in order of first appearance). */
  rrsetsOfType(typeCode: number): RecordNode[][] {
    let out = this.groupsByType.get(typeCode);
    if (out) return out;
    // From the owners noted while building the model: no hashing of names again.
    out = [];
    // Indexed: no iterator result per item (see Rule.check).
    const owners = this.typeOwners.get(typeCode) ?? EMPTY_ENTRIES;
    for (let i = 0; i < owners.length; i++) {
      const recs = owners[i]!.records;
      if (recs.length === 1) out.push(recs);
      else {
        const g: RecordNode[] = [];
        for (let j = 0; j < recs.length; j++) if (recs[j]!.typeCode === typeCode) g.push(recs[j]!);
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
    // Only names with several records (listed while the model was built) can hold such an RRset.
    const several = this.multiRecordNames;
    for (let i = 0; i < several.length; i++) {
      const entry = several[i]!;
      const recs = entry.records;
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

  /** inZone for a name's key (lower case already: no case folding). */
  keyInZone(key: string): boolean {
    return isSubdomainKey(key, this.apexKey);
  }

  /** Per name key: the delegation point at or above it (null: none). Names share parents, so this is cheap. */
  private cutMemo = new Map<string, string | null>();

  /** The nearest delegation point strictly above `name` or at it (not the apex), if any. */
  cutAt(name: string): string | undefined {
    if (this.cuts.size === 0) return undefined;
    const key = nameKey(name);
    if (key === this.apexKey) return undefined;
    if (this.cuts.has(key)) return this.names.get(key)!.name;
    return this.cutAboveKey(key);
  }

  /** The nearest delegation point strictly above a name of the zone (not at it), if any: no hashing of the name. */
  cutAbove(entry: NameEntry): string | undefined {
    if (this.cuts.size === 0 || entry.key === this.apexKey) return undefined;
    return this.cutAboveKey(entry.key);
  }

  private cutAboveKey(key: string): string | undefined {
    // Most names sit right below the apex: their parent is the apex, which is no cut (no allocation then).
    if (isChildOf(key, this.apexKey)) return undefined;
    if (key.indexOf('\\') < 0 && isSubdomainKey(key, this.apexKey)) {
      // The nearest cut is the longest suffix of the name, below the apex, that is a cut.
      this.cutIndex ??= new SuffixIndex(this.cuts);
      const cut = this.cutIndex.longestProperSuffix(key, this.apexKey.length);
      return cut === undefined ? undefined : this.names.get(cut)!.name;
    }
    // Escaped or out-of-zone names: walk up; parents are shared, so they are memoised.
    const parent = parentName(key);
    return parent === undefined ? undefined : (this.cutOfKey(parent) ?? undefined);
  }

  private cutOfKey(key: string): string | null {
    const memo = this.cutMemo.get(key);
    if (memo !== undefined) return memo;
    let result: string | null;
    // The walk stops at the apex; outside the zone it goes up to the root, which is a cut too when it owns NS.
    if (key === this.apexKey) result = null;
    else if (this.cuts.has(key)) result = this.names.get(key)!.name;
    else if (key === '.') result = null;
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
      for (const { key } of this.names.list) {
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


const EMPTY: RecordNode[] = Object.freeze([]) as unknown as RecordNode[];
const EMPTY_ENTRIES: NameEntry[] = Object.freeze([]) as unknown as NameEntry[];

/** Whether `key` is one plain label (no escapes) directly below `apexKey` (both keys, absolute). */
function isChildOf(key: string, apexKey: string): boolean {
  const dot = key.indexOf('.');
  if (dot <= 0 || key.length - dot - 1 !== apexKey.length) return apexKey === '.' && dot > 0 && dot === key.length - 1 && key.lastIndexOf('\\', dot) < 0;
  return key.endsWith(apexKey) && key.lastIndexOf('\\', dot) < 0;
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
