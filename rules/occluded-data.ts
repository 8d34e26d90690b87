import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { TYPE, type NameEntry } from '../src/zone/model.js';
import { targets } from './lib/util.js';
import type { RecordNode } from '../src/syntax/types.js';

/** Types that belong at a delegation point (the parent side of a cut). */
const AT_CUT = new Set<number>([TYPE.NS, TYPE.DS, TYPE.NSEC, TYPE.RRSIG]);

export default defineRule({
  meta: {
    id: 'occluded-data',
    description: 'Data below a delegation or a DNAME (never served), other than glue',
    severity: 'warn',
    fixable: false,
    docs: docsUrl('occluded-data'),
  },
  check(context) {
    const { zone, tree } = context;
    if (zone.cuts.size === 0 && zone.dnames.size === 0) return;
    // NS targets: address records at or below a cut are glue when some NS record names them. The names of the
    // zone that NS records name, from the targets every target rule shares (looked up once per zone).
    const nsTargets = new Set<NameEntry>();
    const refs = targets(zone);
    for (let n = 0; n < refs.length; n++) {
      const t = refs[n]!;
      if (t.rec.typeCode === TYPE.NS && t.entry !== undefined) nsTargets.add(t.entry);
    }
    const firstOf = (name: string, type: number): RecordNode => zone.first(name, type)!;
    const apexKey = zone.apexKey;
    // Without DNAMEs only delegation points and names deeper than one label below the apex can be occluded:
    // the model lists those (usually a few per cent of the names).
    const candidates = zone.dnames.size === 0 ? zone.occlusionCandidates() : zone.names.values();
    for (const entry of candidates) {
      const name = entry.name;
      const key = entry.key;
      if (key === apexKey) continue;
      if (!zone.keyInZone(key)) continue;
      // The nearest delegation point above the name (at it: entry.isCut).
      const above = zone.cutAbove(entry);
      const dname = zone.dnameAbove(name);
      // (Indexed, so that a one-record name needs no records array.)
      const count = entry.count;
      for (let i = 0; i < count; i++) {
        const rec = count === 1 ? entry.first : entry.records[i]!;
        let reason: string | undefined;
        if (entry.isCut) {
          // At the cut itself: only NS, DS, NSEC, RRSIG (and glue addresses) are the parent's.
          if (above !== undefined) {
            reason = `is below the delegation of ${above} (${lineRef(tree, firstOf(above, TYPE.NS))})`;
          } else if (!AT_CUT.has(rec.typeCode) && !((rec.typeCode === TYPE.A || rec.typeCode === TYPE.AAAA) && nsTargets.has(entry))) {
            reason = `is at the delegation point ${name} (NS on ${lineRef(tree, firstOf(name, TYPE.NS))}), where only NS, DS and DNSSEC records of the parent are served`;
          }
        } else if (above !== undefined) {
          const glue = (rec.typeCode === TYPE.A || rec.typeCode === TYPE.AAAA) && nsTargets.has(entry);
          if (!glue) reason = `is below the delegation of ${above} (NS on ${lineRef(tree, firstOf(above, TYPE.NS))})`;
        }
        if (!reason && dname !== undefined) {
          reason = `is below the DNAME at ${dname} (${lineRef(tree, firstOf(dname, TYPE.DNAME))}), which redirects every name under it`;
        }
        if (!reason) continue;
        context.report({
          node: rec,
          message: `${rec.rrtype} record for ${name} on ${lineRef(tree, rec)} ${reason}: it is occluded and never served. Move it to the child zone or delete it.`,
        });
      }
    }
  },
});
