// SRV helpers shared by the SRV and KMS rules.
import { nameKey, splitLabels } from '../syntax/name.js';

/** True when the owner is `_vlmcs._tcp.<domain>`, the name KMS clients look up. */
export function isVlmcsOwner(owner: string): boolean {
  const k = nameKey(owner);
  return k.startsWith('_vlmcs._tcp.');
}

/** `_service._proto` of an SRV owner, or undefined. */
export function srvServiceLabels(owner: string): { service: string; proto: string } | undefined {
  const labels = splitLabels(owner);
  if (labels.length < 2) return undefined;
  return { service: labels[0]!, proto: labels[1]! };
}
