import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineOf, subRange } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import type { ZoneModel } from '../src/zone/model.js';
import { parentName } from '../src/syntax/name.js';
import { addressWritten, targets } from './lib/util.js';

function hasAddress(zone: ZoneModel, name: string): boolean {
  return zone.rrset(name, TYPE.A).length > 0 || zone.rrset(name, TYPE.AAAA).length > 0;
}

/** Whether a wildcard at the closest encloser answers with addresses for a name that does not exist. */
function wildcardAddress(zone: ZoneModel, name: string): boolean {
  if (zone.exists(name)) return false;
  for (let p = parentName(name); p !== undefined && zone.inZone(p); p = parentName(p)) {
    if (hasAddress(zone, p === '.' ? '*.' : '*.' + p)) return true;
    if (zone.exists(p)) return false;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'target-no-address',
    description: 'An in-zone MX or SRV target has no A or AAAA record (NS targets: glue-missing)',
    severity: 'warn',
    fixable: false,
    hasSuggestions: false,
    docs: docsUrl('target-no-address'),
  },
  check(context) {
    const { tree, zone } = context;
    // Indexed: no iterator result per item (see Rule.check).
    const refs = targets(zone);
    for (let i = 0; i < refs.length; i++) {
      const t = refs[i]!;
      // NS targets are glue-missing's business (with the glue rules): never report twice.
      if (t.rec.typeCode === TYPE.NS) continue;
      if ((t.entry !== undefined && (t.entry.has(TYPE.A) || t.entry.has(TYPE.AAAA))) || !zone.inZone(t.name)) continue;
      // An address written as a target is target-ip's business, an alias target-cname's.
      if (addressWritten(t.rec.source.text.slice(t.field.start, t.field.end)) !== undefined) continue;
      if (t.entry !== undefined && t.entry.has(TYPE.CNAME)) continue;
      // Below a delegation or a DNAME the addresses come from elsewhere.
      if (zone.cutAt(t.name) !== undefined || zone.dnameAbove(t.name) !== undefined) continue;
      if (wildcardAddress(zone, t.name)) continue;
      const what =
        t.rec.typeCode === TYPE.MX
          ? `mail for ${t.rec.owner} cannot be delivered to this exchange`
          : `clients of ${t.rec.owner} cannot connect to this host`;
      context.report({
        node: t.rec,
        range: subRange(tree, t.rec, t.field.start, t.field.end),
        message: `${t.rec.rrtype} target ${t.name} (line ${lineOf(t.rec)}) is in this zone but has no A or AAAA record: ${what}.`,
      });
    }
  },
});
