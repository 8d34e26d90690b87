// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers, built with node-sarif-builder. One run; the
// rules that occur in the results (with their docs URL as helpUri); results with repo-relative artifact URIs
// (relative to the working directory, under %SRCROOT%) and regions whose endColumn is exclusive, as SARIF's.
// Syntax errors are results of the pseudo-rule `syntax`; failures that are not about the zone's content
// (unreadable file, broken config: messages without a rule id) are tool execution notifications.
import { pathToFileURL } from 'node:url';
import type { Notification, Region } from 'sarif';
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { Formatter } from './formatters.js';
import type { ResultMessage } from './results.js';
import { relativePath, severityName } from './paths.js';
import { version } from '../cli/version.js';

const HOME = 'https://github.com/zonelint/zonelint';

const PSEUDO_RULES: Record<string, { description: string; docs: string }> = {
  syntax: { description: 'The zone file does not parse as an RFC 1035 master file (with BIND extensions)', docs: `${HOME}#readme` },
  fix: { description: 'Fixes could not be applied to the file', docs: `${HOME}#readme` },
};

/** A relative path as a URI reference: each segment percent-encoded. */
function uriReference(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

function region(m: ResultMessage): Region {
  const out: Region = { startLine: Math.max(m.line, 1), startColumn: Math.max(m.column, 1) };
  if (m.endLine !== undefined && m.endColumn !== undefined) {
    const endLine = Math.max(m.endLine, out.startLine!);
    const endColumn = endLine === out.startLine ? Math.max(m.endColumn, out.startColumn!) : Math.max(m.endColumn, 1);
    out.endLine = endLine;
    out.endColumn = endColumn;
  }
  return out;
}

export const formatSarif: Formatter = (results, context) => {
  const builder = new SarifBuilder({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0' });
  const base = pathToFileURL(context.cwd.endsWith('/') ? context.cwd : context.cwd + '/').href;
  const run = new SarifRunBuilder({
    columnKind: 'utf16CodeUnits',
    originalUriBaseIds: { '%SRCROOT%': { uri: base } },
  }).initSimple({ toolDriverName: 'zonelint', toolDriverVersion: version, url: HOME });

  const used = new Set<string>();
  const notifications: Notification[] = [];
  const artifacts = new Set<string>();
  for (const r of results) {
    const path = relativePath(r.filePath, context.cwd);
    for (const m of r.messages) {
      const level = severityName(m);
      if (!m.ruleId) {
        notifications.push({
          level,
          message: { text: m.message },
          locations: r.filePath === '<text>' ? undefined : [{ physicalLocation: { artifactLocation: { uri: uriReference(path), uriBaseId: '%SRCROOT%' } } }],
        });
        continue;
      }
      used.add(m.ruleId);
      const result = new SarifResultBuilder().initSimple({ level, messageText: m.message, ruleId: m.ruleId });
      if (r.filePath !== '<text>') {
        result.setLocationArtifactUri({ uri: uriReference(path), uriBaseId: '%SRCROOT%' });
        result.setLocationRegion(region(m));
        artifacts.add(uriReference(path));
      }
      run.addResult(result);
    }
  }
  for (const id of [...used].sort()) {
    const meta = context.rules.get(id) ?? PSEUDO_RULES[id];
    const rule = new SarifRuleBuilder().initSimple({
      ruleId: id,
      shortDescriptionText: meta?.description ?? id,
      helpUri: meta?.docs,
    });
    const severity = context.rules.get(id)?.severity;
    if (severity === 'error' || severity === 'warn' || id === 'syntax') {
      rule.rule.defaultConfiguration = { level: severity === 'warn' ? 'warning' : 'error' };
    }
    run.addRule(rule);
  }
  const fatal = notifications.some((n) => n.level === 'error');
  // Listed up front so that their locations keep the uriBaseId (the builder would add bare ones).
  run.run.artifacts = [...artifacts].map((uri) => ({ location: { uri, uriBaseId: '%SRCROOT%' } }));
  run.run.invocations = [{ executionSuccessful: !fatal, toolExecutionNotifications: notifications.length ? notifications : undefined }];
  builder.addRun(run);
  return builder.buildSarifJsonString({ indent: true }) + '\n';
};
