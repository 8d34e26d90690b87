import { defineRule } from '../src/lint/types.js';
import { docsUrl, field, lineRef, subRange } from '../src/zone/where.js';
import { TYPE, type ZoneModel } from '../src/zone/model.js';
import { isSubdomain, nameKey, parentName } from '../src/syntax/name.js';

/** Whether `name` has A/AAAA records, directly or through a wildcard at its closest encloser. */
function hasAddress(zone: ZoneModel, name: string): boolean {
  if (zone.first(name, TYPE.A) !== undefined || zone.first(name, TYPE.AAAA) !== undefined) return true;
  if (zone.exists(name)) return false;
  for (let n = parentName(name); n !== undefined && zone.inZone(n); n = parentName(n)) {
    const wild = '*.' + (n === '.' ? '' : n);
    if (zone.first(wild, TYPE.A) !== undefined || zone.first(wild, TYPE.AAAA) !== undefined) return true;
    if (zone.exists(n)) return false; // closest encloser reached
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'glue-missing',
    description: 'In-zone NS target without address records (missing glue or missing A/AAAA)',
    severity: 'error',
    fixable: false,
    docs: docsUrl('glue-missing'),
  },
  check(context) {
    const { zone, tree } = context;
    // Indexed: no iterator result per item (see Rule.check).
    const owners = zone.ownersOfType(TYPE.NS);
    for (let i = 0; i < owners.length; i++) {
      const entry = owners[i]!;
      const isApex = entry.key === zone.apexKey;
      // NS records outside the zone are ignored by servers (out-of-zone's business), not delegations.
      if (!isApex && (!entry.isCut || !zone.keyInZone(entry.key))) continue;
      const set = entry.records.length === 1 ? entry.records : entry.records.filter((r) => r.typeCode === TYPE.NS);
      const owner = set[0]!.owner;
      // NS records below another delegation or below a DNAME are occluded (occluded-data reports them).
      if (!isApex && (zone.cutAbove(entry) !== undefined || zone.dnameAbove(owner) !== undefined)) continue;
      for (const ns of set) {
        const f = field(ns, 'nsdname');
        if (!f || typeof f.value !== 'string') continue;
        const target = f.value;
        if (!zone.inZone(target)) continue;
        const dname = zone.dnameAbove(target);
        // A delegation's server below a DNAME is found through the DNAME like any name elsewhere (BIND only
        // warns); the zone's own servers below a DNAME are an error (BIND: "is below a DNAME (illegal)").
        if (dname !== undefined && !isApex) continue;
        if (dname !== undefined) {
          const d = zone.rrset(dname, TYPE.DNAME)[0]!;
          context.report({
            node: ns,
            range: subRange(tree, ns, f.start, f.end),
            message: `NS ${target} (on ${lineRef(tree, ns)}) is below the DNAME at ${dname} (${lineRef(tree, d)}): the name is redirected, so its address can never come from this zone (BIND: "is below a DNAME (illegal)").`,
          });
          continue;
        }
        // The target's own records, looked up once: an alias is target-cname's business, and a target with
        // addresses needs nothing more (wherever it sits).
        const at = zone.names.get(nameKey(target));
        if (at !== undefined && (at.has(TYPE.CNAME) || at.has(TYPE.A) || at.has(TYPE.AAAA))) continue;
        const cut = zone.cutAt(target);
        // A target inside another delegation is resolved through that delegation; glue is needed only when
        // the target is inside the zone the NS records delegate (otherwise resolution is circular).
        if (cut !== undefined && !(!isApex && isSubdomain(target, owner))) continue;
        if (hasAddress(zone, target)) continue;
        const isGlue = !isApex && isSubdomain(target, owner);
        context.report({
          node: ns,
          range: subRange(tree, ns, f.start, f.end),
          message: isGlue
            ? `Missing glue: the delegation of ${owner} (NS on ${lineRef(tree, ns)}) names ${target}, inside the delegated zone, but there is no A or AAAA record for it; resolvers cannot reach the child zone. Add its address records (glue) to this zone.`
            : isApex
              ? `NS target ${target} (on ${lineRef(tree, ns)}) is in this zone but has no A or AAAA record: BIND rejects the zone ("has no address records") and Knot reports "missing glue record". Add its A or AAAA records.`
              : `The delegation of ${owner} (NS on ${lineRef(tree, ns)}) names ${target}, which is in this zone but has no A or AAAA record: resolvers following the delegation find no address (Knot: "missing glue record"). Add its A or AAAA records.`,
        });
      }
    }
  },
});
