import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';

export default defineRule({
  meta: {
    id: 'ns-count',
    description: 'Fewer than two NS records at the zone apex (RFC 1034 §4.1, RFC 2182)',
    severity: 'off',
    presets: { strict: 'warn' },
    fixable: false,
    docs: docsUrl('ns-count'),
  },
  check(context) {
    const { zone, tree } = context;
    const ns = zone.rrset(zone.apex, TYPE.NS);
    if (ns.length !== 1) return;
    context.report({
      node: ns[0],
      message: `The zone ${zone.apex} has a single name server (NS on ${lineRef(tree, ns[0]!)}): RFC 1034 §4.1 and RFC 2182 ask for at least two, on separate networks, so the zone survives one server's outage.`,
    });
  },
});
