// The rule plug-in API. A rule reads the tree and the zone model and reports messages with a source range
// and, where safe, a fix (applied by --fix) or suggestions (shown, never applied automatically) — ESLint's
// model, with ranges as UTF-16 offsets into the linted file's text.
import type { VFile } from 'vfile';
import type { ZoneRoot, ZoneNode, RecordNode } from '../syntax/types.js';
import type { ZoneModel } from '../zone/model.js';

export type Severity = 'off' | 'warn' | 'error';

export interface RuleMeta {
  /** Rule id, e.g. `vlmcs-duplicate`. */
  id: string;
  description: string;
  /** Severity in `zonelint:recommended` ('off' = not in recommended). */
  severity: Severity;
  /** Presets besides recommended/all that include the rule, with their severity (e.g. {kms: 'error'}). */
  presets?: Record<string, Severity>;
  /** Whether the rule can report safe fixes. */
  fixable: boolean;
  /** Whether the rule can report suggestions. */
  hasSuggestions?: boolean;
  /** Documentation URL. */
  docs: string;
  /**
   * Validate and normalise the rule's options; throw an Error with a clear message on bad options.
   * Absent: the rule takes no options (any option is a config error).
   */
  options?: (value: unknown) => unknown;
  /**
   * A parser warning (matched on its message) that says what this rule says: while the rule is enabled the
   * warning is dropped, so that the finding is reported once (with the rule's fix or suggestions).
   */
  replacesParserWarning?: RegExp;
}

export interface Fix {
  /** [start, end) UTF-16 offsets into the linted file's text. */
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

export interface Report {
  message: string;
  /** Where: a node (its full range), or an explicit range in the root file. */
  node?: ZoneNode;
  range?: [number, number];
  fix?: Fix;
  suggestions?: Suggestion[];
  /** Extra explanation (vfile-message `note`). */
  note?: string;
  /**
   * Severity of this message when it must differ from the rule's configured one (e.g. a rogue KMS host is an
   * error even where the rule is a warning). Ignored while the rule is off.
   */
  severity?: 'warn' | 'error';
}

export interface RuleContext {
  tree: ZoneRoot;
  zone: ZoneModel;
  file: VFile;
  /** Text of the linted file. */
  text: string;
  /** Normalised options (from meta.options), or undefined. */
  options: unknown;
  /** Global settings from config (`settings`). */
  settings: Record<string, unknown>;
  report(report: Report): void;
  /** Range that deletes a record's whole line(s) in the root file, or undefined when it is not deletable. */
  recordLinesRange(record: RecordNode): [number, number] | undefined;
}

export interface Rule {
  meta: RuleMeta;
  /**
   * Report the rule's findings. Runs once per file, so its loops run before V8 optimises it: a `for…of` over
   * a zone-sized array (records, RRsets, names, targets) allocates an iterator result per item there (2.8 M
   * objects over the recommended rules on a million-record zone). The built-in rules loop over those arrays by
   * index (the comments saying "Indexed" point here).
   */
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
