import { defineRule } from '../src/lint/types.js';
import { docsUrl, field, lineRef, subRange } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { nameKey, splitLabels } from '../src/syntax/name.js';

/** Per ASCII code: 2 letter or digit, 1 hyphen, 0 anything else (one load per character on the hot path). */
const LDH = new Uint8Array(128);
for (let c = 0; c < 128; c++) LDH[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 2 : c === 45 ? 1 : 0;

function alnum(c: number): boolean {
  return c < 128 && LDH[c] === 2;
}

function innerLdh(s: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = s.charCodeAt(j);
    if (c >= 128 || LDH[c] === 0) return false;
  }
  return true;
}

/** The first label that is not a host name label (RFC 952/1123 LDH), or undefined when the name is a host name. */
export function badHostLabel(name: string, wildcard: boolean): string | undefined {
  // Fast path for names without escapes: scan the text, no label strings (runs for most records of a zone).
  if (name.indexOf('\\') < 0) {
    let start = 0;
    const n = name.length;
    for (let i = 0; i <= n; i++) {
      if (i < n && name.charCodeAt(i) !== 46) continue;
      const len = i - start;
      if (len > 0) {
        const ok =
          (start === 0 && wildcard && len === 1 && name.charCodeAt(0) === 42) ||
          (alnum(name.charCodeAt(start)) && alnum(name.charCodeAt(i - 1)) && innerLdh(name, start + 1, i - 1));
        if (!ok) return name.slice(start, i);
      }
      start = i + 1;
    }
    return undefined;
  }
  const labels = splitLabels(name);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (i === 0 && wildcard && l === '*') continue;
    if (!alnum(l.charCodeAt(0)) || !alnum(l.charCodeAt(l.length - 1))) return l;
    for (let j = 1; j < l.length - 1; j++) {
      const c = l.charCodeAt(j);
      if (!alnum(c) && c !== 45) return l;
    }
  }
  return undefined;
}

/**
 * The bad label of an address record's owner, with BIND's two exceptions: Active Directory's
 * `gc._msdcs.<forest>`, and SPF `exists:` targets, where the labels up to one starting with `_spf` (`_spf`, `_spf_rate`...) are macro
 * expansions.
 */
function badAddressOwner(name: string): string | undefined {
  // The exceptions below all involve an underscore label.
  if (name.indexOf('_') < 0) return badHostLabel(name, true);
  const labels = splitLabels(name);
  if (labels.length > 2 && labels[0]!.toLowerCase() === 'gc' && labels[1]!.toLowerCase() === '_msdcs') {
    return badHostLabel(labels.slice(2).join('.') + '.', false);
  }
  for (let i = 0; i < labels.length - 1; i++) {
    if (labels[i]!.toLowerCase().startsWith('_spf')) return badHostLabel(labels.slice(i + 1).join('.') + '.', false);
  }
  return badHostLabel(name, true);
}

const TARGET_FIELD: Record<number, string> = { [TYPE.NS]: 'nsdname', [TYPE.MX]: 'exchange', [TYPE.SRV]: 'target', [TYPE.PTR]: 'ptrdname' };

/** PTR owners whose target must be a host name: reverse-mapping names, except DNS-SD domain enumeration
 *  (`b._dns-sd._udp.<reverse>` etc., RFC 6763 §11), whose targets are domains, as BIND exempts them. */
function isReverse(owner: string): boolean {
  const k = nameKey(owner);
  if (!k.endsWith('.in-addr.arpa.') && !k.endsWith('.ip6.arpa.')) return false;
  return !/^(b|db|r|dr|lb)\._dns-sd\._udp\./.test(k);
}

export default defineRule({
  meta: {
    id: 'hostname-syntax',
    description: 'Owners of A/AAAA/MX and targets of NS/MX/SRV (and PTR in reverse zones) that are not valid host names (BIND check-names)',
    severity: 'warn',
    fixable: false,
    docs: docsUrl('hostname-syntax'),
  },
  check(context) {
    const { zone, tree } = context;
    const why = (label: string) =>
      label.startsWith('_')
        ? `the label "${label}" starts with an underscore, which is for service labels (_dmarc, _tcp), not host names`
        : `the label "${label}" is not letters, digits and inner hyphens (RFC 952/1123)`;
    // Owners are checked once per run of records with the same owner (a name's records are usually together).
    let lastOwner: string | undefined;
    let lastVerdict: string | undefined;
    const records = zone.records;
    // Indexed: no iterator result per item (see Rule.check).
    for (let i = 0; i < records.length; i++) {
      const rec = records[i]!;
      if (rec.class !== 'IN') continue;
      const type = rec.typeCode;
      if (type === TYPE.A || type === TYPE.AAAA || type === TYPE.MX) {
        let bad: string | undefined;
        if (rec.owner === lastOwner && rec.typeCode !== TYPE.MX) bad = lastVerdict;
        else if (rec.typeCode === TYPE.MX) bad = badHostLabel(rec.owner, true);
        else {
          bad = lastVerdict = badAddressOwner(rec.owner);
          lastOwner = rec.owner;
        }
        if (bad !== undefined) {
          context.report({
            node: rec,
            range: subRange(tree, rec, rec.ownerStart, rec.ownerEnd),
            message: `${rec.rrtype} record on ${lineRef(tree, rec)}: owner ${rec.owner} is not a valid host name: ${why(bad)}. BIND refuses it with check-names fail ("bad owner name").`,
          });
        }
      }
      if (type !== TYPE.NS && type !== TYPE.MX && type !== TYPE.SRV && type !== TYPE.PTR) continue;
      const fname = TARGET_FIELD[type]!;
      if (type === TYPE.PTR && !isReverse(rec.owner)) continue;
      const f = field(rec, fname);
      if (!f || typeof f.value !== 'string' || f.value === '.') continue;
      const bad = badHostLabel(f.value, false);
      if (bad === undefined) continue;
      context.report({
        node: rec,
        range: subRange(tree, rec, f.start, f.end),
        message: `${rec.rrtype} record on ${lineRef(tree, rec)}: target ${f.value} is not a valid host name: ${why(bad)}. BIND refuses it with check-names fail ("bad name").`,
      });
    }
  },
});
