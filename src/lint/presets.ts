// Presets derive from rule meta, so a new rule lands in the right presets by declaring its severity.
import type { Rule, Severity } from './types.js';

export const PRESETS = ['zonelint:recommended', 'zonelint:strict', 'zonelint:kms', 'zonelint:all'] as const;
export type PresetName = (typeof PRESETS)[number];

export function isPreset(name: string): name is PresetName {
  return (PRESETS as readonly string[]).includes(name);
}

/** Rule severities of a preset. Rules a preset does not mention are absent (left as they were). */
export function presetRules(name: PresetName, rules: Iterable<Rule>): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const rule of rules) {
    const m = rule.meta;
    switch (name) {
      case 'zonelint:recommended':
        if (m.severity !== 'off') out[m.id] = m.severity;
        break;
      case 'zonelint:strict':
        if (m.severity !== 'off') out[m.id] = m.severity;
        if (m.presets?.strict) out[m.id] = m.presets.strict;
        break;
      case 'zonelint:kms':
        if (m.presets?.kms) out[m.id] = m.presets.kms;
        break;
      case 'zonelint:all':
        out[m.id] = m.severity !== 'off' ? m.severity : m.presets?.all ?? m.presets?.strict ?? 'warn';
        break;
    }
  }
  return out;
}
