// SRV helpers shared by the SRV and KMS rules.
import { splitLabels } from '../syntax/name.js';

/** True when the owner is `_vlmcs._tcp.<domain>`, the name KMS clients look up. */
export function isVlmcsOwner(owner: string): boolean {
  // Compared in place, ASCII case folded (every SRV owner of a zone passes through here).
  if (owner.length < VLMCS_PREFIX.length || owner.charCodeAt(0) !== 95) return false;
  for (let i = 1; i < VLMCS_PREFIX.length; i++) {
    let c = owner.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== VLMCS_PREFIX.charCodeAt(i)) return false;
  }
  return true;
}

const VLMCS_PREFIX = '_vlmcs._tcp.';

/** `_service._proto` of an SRV owner, or undefined. */
export function srvServiceLabels(owner: string): { service: string; proto: string } | undefined {
  const labels = splitLabels(owner);
  if (labels.length < 2) return undefined;
  return { service: labels[0]!, proto: labels[1]! };
}
