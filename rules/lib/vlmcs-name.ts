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

/**
 * Whether text[from, to) (a label without its leading `_`, any case) may be within edit distance 2 of "vlmcs":
 * then at least 3, and all but 2, of its letters are letters of "vlmcs". A cheap filter before the distance,
 * read in place: every SRV owner of a big zone passes through here.
 */
function mayBeVlmcs(text: string, from: number, to: number): boolean {
  let hits = 0;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c === 118 || c === 108 || c === 109 || c === 99 || c === 115) hits++;
  }
  return hits >= 3 && hits >= to - from - 2;
}

function vlmcsLike(label: string): boolean {
  const l = label.toLowerCase().replace(/^_/, '');
  if (l === 'vlmcs') return true;
  if (!mayBeVlmcs(l, 0, l.length)) return false;
  const d = osaDistance(l, 'vlmcs');
  return d === 1 || (d === 2 && l.startsWith('v') && l.length >= 4);
}

function protoLike(label: string): boolean {
  const l = label.toLowerCase().replace(/^_/, '');
  return l === 'udp' || l === 'tcp' || (l.length === 3 && osaDistance(l, 'tcp') === 1);
}

/**
 * Whether the owner cannot be a misspelt KMS name, judged from its first label without splitting the name: a
 * vlmcs-like first label has at least 3 letters of "vlmcs", and at most 2 others (see vlmcsLike), unless it is
 * `_tcp`/`_udp` (swapped labels). Every SRV owner of a zone passes through here, and nearly all are rejected.
 */
function plainlyNotVlmcs(owner: string): boolean {
  const from = owner.charCodeAt(0) === 95 ? 1 : 0;
  let i = from;
  for (; i < owner.length; i++) {
    const c = owner.charCodeAt(i);
    if (c === 46) break;
    if (c === 92) return false; // escapes: the general path
  }
  if (mayBeVlmcs(owner, from, i)) return false;
  // `_tcp` / `_udp` first: the service may follow.
  if (i !== 4) return true;
  const first = owner.slice(0, 4).toLowerCase();
  return first !== '_tcp' && first !== '_udp';
}

export function vlmcsMisnaming(owner: string): Misnaming | undefined {
  if (plainlyNotVlmcs(owner)) return undefined;
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
