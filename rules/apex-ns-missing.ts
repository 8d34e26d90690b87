import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';

export default defineRule({
  meta: {
    id: 'apex-ns-missing',
    description: 'No NS records at the zone apex',
    severity: 'error',
    fixable: false,
    docs: docsUrl('apex-ns-missing'),
  },
  check(context) {
    const { zone, tree } = context;
    if (zone.rrset(zone.apex, TYPE.NS).length > 0) return;
    const soa = zone.soa[0];
    const anchor = soa ?? zone.records[0];
    context.report({
      node: anchor,
      range: anchor ? undefined : [0, 0],
      message: `The zone ${zone.apex} has no NS records at its apex${soa ? ` (SOA on ${lineRef(tree, soa)})` : ''}: BIND refuses to load it ("has no NS records") and Knot reports "missing NS at the zone apex". Add NS records for the zone's name servers at the apex.`,
    });
  },
});
