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

export interface NameEntry {
  /** Canonical name as first written. */
  name: string;
  key: string;
  records: RecordNode[];
  /** Records by type code. */
  byType: Map<number, RecordNode[]>;
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

  constructor(readonly tree: ZoneRoot) {
    for (const node of tree.children) {
      if (node.type !== 'record') continue;
      this.records.push(node);
      const key = nameKey(node.owner);
      let entry = this.names.get(key);
      if (!entry) {
        entry = { name: node.owner, key, records: [], byType: new Map() };
        this.names.set(key, entry);
      }
      entry.records.push(node);
      let list = entry.byType.get(node.typeCode);
      if (!list) entry.byType.set(node.typeCode, (list = []));
      list.push(node);
      if (node.typeCode === TYPE.SOA) this.soa.push(node);
      if (node.typeCode === TYPE.DNAME) this.dnames.add(key);
    }
    this.apex = this.soa[0]?.owner ?? tree.origin;
    this.apexKey = nameKey(this.apex);
    for (const [key, entry] of this.names) {
      if (key !== this.apexKey && entry.byType.has(TYPE.NS)) this.cuts.add(key);
    }
  }

  /** All records at a name (any type). */
  at(name: string): RecordNode[] {
    return this.names.get(nameKey(name))?.records ?? [];
  }

  /** The RRset of one type at a name. */
  rrset(name: string, typeCode: number): RecordNode[] {
    return this.names.get(nameKey(name))?.byType.get(typeCode) ?? [];
  }

  /** RRsets of one type across the zone, by owner. */
  *rrsetsOfType(typeCode: number): Generator<RecordNode[]> {
    for (const entry of this.names.values()) {
      const list = entry.byType.get(typeCode);
      if (list) yield list;
    }
  }

  /** Whether a name is at or below the apex. */
  inZone(name: string): boolean {
    return isSubdomain(name, this.apex);
  }

  /** The nearest delegation point strictly above `name` or at it (not the apex), if any. */
  cutAt(name: string): string | undefined {
    if (this.cuts.size === 0) return undefined;
    for (let n: string | undefined = name; n !== undefined; n = parentName(n)) {
      const k = nameKey(n);
      if (k === this.apexKey) return undefined;
      if (this.cuts.has(k)) return this.names.get(k)!.name;
    }
    return undefined;
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

  /** Whether any name in the zone lies strictly below `name`. */
  hasDescendants(name: string): boolean {
    const k = nameKey(name);
    const suffix = k === '.' ? '' : '.' + k;
    for (const key of this.names.keys()) {
      if (key !== k && (k === '.' || key.endsWith(suffix))) return true;
    }
    return false;
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
