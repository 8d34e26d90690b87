import { defineRule } from '../src/lint/types.js';
import { docsUrl, field, lineOf, subRange } from '../src/zone/where.js';
import type { Suggestion } from '../src/lint/types.js';
import { TYPE } from '../src/zone/model.js';
import { addressWritten, listed, targets } from './lib/util.js';

/**
 * Whether the text written at [start, end) may be an IP literal: it starts with a digit, or holds a colon
 * (IPv6). Checked in place, so that the common host-name target costs no substring.
 */
function mayBeAddress(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 48 && c <= 57) return true;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'target-ip',
    description: 'An MX, NS or SRV target written as an IP address instead of a host name',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('target-ip'),
  },
  check(context) {
    const { tree, zone } = context;
    let byAddress: Map<string, string[]> | undefined;
    // Indexed: no iterator result per item (see Rule.check).
    const refs = targets(zone);
    for (let n = 0; n < refs.length; n++) {
      const t = refs[n]!;
      if (!mayBeAddress(t.rec.source.text, t.field.start, t.field.end)) continue;
      const address = addressWritten(t.rec.source.text.slice(t.field.start, t.field.end));
      if (address === undefined) continue;
      if (!byAddress) {
        // Built on first use: in-zone names by the address they own.
        byAddress = new Map();
        const addrs = [...zone.ofType(TYPE.A), ...zone.ofType(TYPE.AAAA)].sort((a, b) => a.index - b.index);
        for (const rec of addrs) {
          const a = field(rec, 'address')?.value;
          if (typeof a !== 'string') continue;
          const key = a.toLowerCase();
          const list = byAddress.get(key) ?? [];
          if (!list.includes(rec.owner)) list.push(rec.owner);
          byAddress.set(key, list);
        }
      }
      const owners = byAddress.get(address.toLowerCase()) ?? [];
      const suggestions: Suggestion[] =
        t.rec.source === tree.source
          ? owners.slice(0, 3).map((name) => ({ desc: `Replace ${address} with ${name}, which has this address`, fix: { range: [t.field.start, t.field.end], text: name } }))
          : [];
      const kind = t.rec.rrtype === 'MX' ? 'exchange' : t.rec.rrtype === 'NS' ? 'name server' : 'target';
      context.report({
        node: t.rec,
        range: subRange(tree, t.rec, t.field.start, t.field.end),
        message:
          `${t.rec.rrtype} ${kind} ${address} (line ${lineOf(t.rec)}) is an IP address, but ${t.rec.rrtype} targets must be host names ` +
          `(RFC 1035, RFC 2782): it is read as the name ${t.name}, which ${zone.at(t.name).length > 0 ? 'is not what was meant' : 'does not exist'}. ` +
          `Use a host name that has this address${owners.length > 0 ? ` (${listed(owners)})` : ' (add an A or AAAA record for it)'}.`,
        suggestions: suggestions.length > 0 ? suggestions : undefined,
      });
    }
  },
});
