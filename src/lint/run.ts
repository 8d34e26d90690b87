// Runs the configured rules on one parsed file: each rule is wrapped with unified-lint-rule (which stamps
// ruleId, source, url and severity on its messages), then inline `; zonelint-…` comments filter the result.
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { DirectiveNode, ParseError, RecordNode, ZoneNode, ZoneRoot } from '../syntax/types.js';
import { zoneModel } from '../zone/model.js';
import type { ResolvedConfig } from './config.js';
import type { Fix, Report, Rule, RuleContext, Suggestion } from './types.js';
import { applyInlineControl } from './control.js';
import { recordLinesRange } from './ranges.js';

/** Message fields zonelint adds to vfile messages (ESLint's fix model). */
export interface ZoneMessage extends VFileMessage {
  fix?: Fix;
  suggestions?: Suggestion[];
}

export const SOURCE = 'zonelint';
/** Parse errors carry their own source so that inline comments cannot hide them (as in ESLint). */
export const SYNTAX_SOURCE = 'zonelint-syntax';

type Transformer = (tree: ZoneRoot, file: VFile, next: (error?: Error | null) => void) => void;
const wrapped = new WeakMap<Rule, (config: unknown) => Transformer | undefined>();

function wrap(rule: Rule): (config: unknown) => Transformer | undefined {
  let plugin = wrapped.get(rule);
  if (!plugin) {
    plugin = lintRule<ZoneRoot, unknown>(
      { origin: `${SOURCE}:${rule.meta.id}`, url: rule.meta.docs },
      (tree, file, options) => {
        rule.check(makeContext(rule, tree as ZoneRoot, file, options));
      },
    ) as unknown as (config: unknown) => Transformer | undefined;
    wrapped.set(rule, plugin);
  }
  return plugin;
}

/**
 * The severity (true: error) a message takes once the rules have run, applied by settleSeverities. Parse errors
 * wait for it because unified-engine skips transforming a file that already has a fatal message; a rule's
 * per-message severity because unified-lint-rule stamps the rule's severity on its messages after it returns.
 */
const finalFatal = new WeakMap<object, boolean>();

/** Where a node is, in the linted file: included nodes are reported at their $INCLUDE line. */
function placeOf(tree: ZoneRoot, node: ZoneNode | DirectiveNode, range?: [number, number]) {
  const src = tree.source;
  // A range is in the linted file's offsets: it cannot describe a node from an $INCLUDEd file.
  if (range && node.source === src) return { start: src.point(range[0]), end: src.point(range[1]) };
  if (node.source === src) return { start: src.point(node.start), end: src.point(node.end) };
  const inc = node.includedBy;
  if (inc) return { start: src.point(inc.start), end: src.point(inc.end) };
  return { start: src.point(0), end: src.point(0) };
}

function includedSuffix(tree: ZoneRoot, node: { source: ZoneNode['source']; start: number }): string {
  if (node.source === tree.source) return '';
  const p = node.source.point(node.start);
  return ` (in ${node.source.path ?? 'included file'}:${p.line}:${p.column})`;
}

function makeContext(rule: Rule, tree: ZoneRoot, file: VFile, options: unknown): RuleContext {
  const text = tree.source.text;
  const settings = ((file.data as Record<string, unknown>).zonelintSettings ?? {}) as Record<string, unknown>;
  return {
    tree,
    zone: zoneModel(tree),
    file,
    text,
    options,
    settings,
    recordLinesRange: (rec: RecordNode) => recordLinesRange(tree, rec),
    report(r: Report) {
      const node = r.node;
      const inRoot = !node || node.source === tree.source;
      const reason = node ? r.message + includedSuffix(tree, node) : r.message;
      const src = tree.source;
      const range = r.range ?? [0, 0];
      const place = node ? placeOf(tree, node, r.range) : { start: src.point(range[0]), end: src.point(range[1]) };
      const msg = file.message(reason, { place, ruleId: rule.meta.id, source: SOURCE }) as ZoneMessage;
      if (r.note) msg.note = r.note;
      if (r.severity) finalFatal.set(msg, r.severity === 'error');
      // Fixes edit the linted file only; a finding inside an $INCLUDEd file is reported without them.
      if (inRoot) {
        if (r.fix) {
          msg.fix = r.fix;
          msg.expected = [r.fix.text];
        }
        if (r.suggestions && r.suggestions.length > 0) {
          msg.suggestions = r.suggestions;
          if (!r.fix) msg.expected = r.suggestions.map((s) => s.fix.text);
        }
      }
      if (r.fix) msg.actual = text.slice(r.fix.range[0], r.fix.range[1]);
    },
  };
}

/** Add the parser's errors and warnings to the file as `syntax` messages. */
export function reportParse(tree: ZoneRoot, file: VFile): void {
  const add = (e: ParseError, fatal: boolean) => {
    const src = tree.source;
    let place;
    let reason = e.message;
    if (e.source === src) place = { start: src.point(e.start), end: src.point(e.end) };
    else {
      const inc = e.includedBy;
      place = inc ? { start: src.point(inc.start), end: src.point(inc.end) } : { start: src.point(0), end: src.point(0) };
      const p = e.source.point(e.start);
      reason += ` (in ${e.source.path ?? 'included file'}:${p.line}:${p.column})`;
    }
    const msg = file.message(reason, { place, ruleId: 'syntax', source: SYNTAX_SOURCE });
    // Parse errors become fatal only after the rules ran (see finalFatal): the parser recovers.
    msg.fatal = false;
    if (fatal) finalFatal.set(msg, true);
    msg.url = 'https://github.com/zonelint/zonelint/blob/main/docs/rules/syntax.md';
  };
  for (const e of tree.errors) add(e, true);
  for (const w of tree.warnings) add(w, false);
}

/** Run every enabled rule, then apply inline disables. */
export async function runRules(tree: ZoneRoot, file: VFile, config: ResolvedConfig): Promise<void> {
  (file.data as Record<string, unknown>).zonelintSettings = config.settings;
  const replaced: RegExp[] = [];
  for (const [, { rule, severity, options }] of config.rules) {
    const transform = wrap(rule)([severity, options]);
    if (!transform) continue;
    if (rule.meta.replacesParserWarning) replaced.push(rule.meta.replacesParserWarning);
    await new Promise<void>((resolveDone, reject) => {
      transform(tree, file, (error) => (error ? reject(error) : resolveDone()));
    });
  }
  if (replaced.length > 0) {
    // Say it once: an enabled rule's message (with its fix or suggestion) replaces the parser's warning.
    file.messages = file.messages.filter((m) => !(m.ruleId === 'syntax' && !finalFatal.has(m) && replaced.some((re) => re.test(m.reason))));
  }
  applyInlineControl(tree, file, [...config.known.keys()]);
  markSyntaxFatal(file);
}

/**
 * Give messages their final severity once the rules have run: parse errors become errors (fatal), and messages
 * whose rule asked for a severity of their own get it. Also called when no rule runs (a config error).
 */
export function markSyntaxFatal(file: VFile): void {
  for (const m of file.messages) {
    const fatal = finalFatal.get(m);
    if (fatal !== undefined) m.fatal = fatal;
  }
}
