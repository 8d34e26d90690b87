// Owner names that look like the KMS SRV name `_vlmcs._tcp.<domain>` but are not it.
import { splitLabels } from '../../src/syntax/name.js';
import { osaDistance } from './util.js';

export interface Misnaming {
  /** Corrected absolute owner. */
  corrected: string;
  /** How many leading labels of the owner the correction replaces with `_vlmcs._tcp`. */
  replace: number;
  /** Why clients never look the name up. */
  reason: string;
}

function vlmcsLike(label: string): boolean {
  const l = label.toLowerCase().replace(/^_/, '');
  if (l === 'vlmcs') return true;
  // Within edit distance 2 of "vlmcs", at least len - 2 of the label's letters (and at least 3) are letters of
  // "vlmcs": a cheap filter before the distance (every SRV owner of a big zone passes through here).
  let hits = 0;
  for (let i = 0; i < l.length; i++) if ('vlmcs'.includes(l[i]!)) hits++;
  if (hits < 3 || hits < l.length - 2) return false;
  const d = osaDistance(l, 'vlmcs');
  return d === 1 || (d === 2 && l.startsWith('v') && l.length >= 4);
}

function protoLike(label: string): boolean {
  const l = label.toLowerCase().replace(/^_/, '');
  return l === 'udp' || l === 'tcp' || (l.length === 3 && osaDistance(l, 'tcp') === 1);
}

export function vlmcsMisnaming(owner: string): Misnaming | undefined {
  const labels = splitLabels(owner);
  if (labels.length === 0) return undefined;
  const l0 = labels[0]!;
  const l1 = labels[1];
  const k0 = l0.toLowerCase();
  const k1 = l1?.toLowerCase();
  if (k0 === '_vlmcs' && k1 === '_tcp') return undefined;
  const build = (replace: number, reason: string): Misnaming => ({
    corrected: ['_vlmcs', '_tcp', ...labels.slice(replace)].join('.') + '.',
    replace,
    reason,
  });
  if (vlmcsLike(l0)) {
    const service = k0 === '_vlmcs' ? undefined : `"${l0}" is a misspelling of "_vlmcs"`;
    if (l1 !== undefined && protoLike(l1)) {
      const proto = k1 === '_tcp' ? undefined : k1 === '_udp' ? 'KMS clients use TCP, never _udp' : `"${l1}" is a misspelling of "_tcp"`;
      return build(2, [service, proto].filter(Boolean).join(' and '));
    }
    return build(1, `the "_tcp" label is missing${service ? ` and ${service}` : ''}`);
  }
  if ((k0 === '_tcp' || k0 === '_udp') && l1 !== undefined && vlmcsLike(l1)) {
    return build(2, `the labels are in the wrong order (service first, then protocol)`);
  }
  return undefined;
}
