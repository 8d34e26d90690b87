// ESLint-shaped configuration: {extends, rules, settings, plugins}. unified-engine finds the file; this module
// resolves presets, `extends` files and plug-in rule modules, and validates every rule id and option so that
// mistakes are config errors (exit 2), never silently ignored.
import { readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule, Severity } from './types.js';
import { isPreset, presetRules } from './presets.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type RuleSetting = Severity | 0 | 1 | 2 | [Severity | 0 | 1 | 2, unknown?];

export interface RawConfig {
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  settings?: Record<string, unknown>;
  /** Modules (npm names or paths) exporting extra rules. */
  plugins?: string[];
  /** unified-engine's own keys are tolerated. */
  [key: string]: unknown;
}

export interface ConfigLayer {
  config: RawConfig;
  /** Directory relative paths resolve against. */
  dir: string;
  /** File the layer came from, for messages. */
  file?: string;
}

export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
  rawOptions: unknown;
}

export interface ResolvedConfig {
  rules: Map<string, ResolvedRule>;
  settings: Record<string, unknown>;
  /** Every rule known (built-in and plug-in), by id. */
  known: Map<string, Rule>;
  /** Files the config came from, nearest last. */
  files: string[];
}

const KNOWN_KEYS = new Set(['extends', 'rules', 'settings', 'plugins', '$schema', 'root']);

function severityOf(value: unknown, where: string, id: string): Severity {
  switch (value) {
    case 'off':
    case 0:
      return 'off';
    case 'warn':
    case 1:
      return 'warn';
    case 'error':
    case 2:
      return 'error';
  }
  throw new ConfigError(`${where}: rule "${id}" has severity ${JSON.stringify(value)}; expected "off", "warn", "error", 0, 1 or 2`);
}

async function loadFile(file: string): Promise<RawConfig> {
  const ext = extname(file);
  try {
    if (ext === '.js' || ext === '.mjs' || ext === '.cjs') {
      const mod = (await import(pathToFileURL(file).href)) as { default?: RawConfig };
      return (mod.default ?? mod) as RawConfig;
    }
    const text = readFileSync(file, 'utf8');
    if (ext === '.yaml' || ext === '.yml') {
      const YAML = (await import('yaml')).default;
      return (YAML.parse(text) ?? {}) as RawConfig;
    }
    return JSON.parse(text) as RawConfig;
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`cannot read config ${file}: ${(e as Error).message}`);
  }
}

async function loadPluginRules(spec: string, dir: string, where: string): Promise<Rule[]> {
  let href: string;
  try {
    if (spec.startsWith('.') || isAbsolute(spec)) href = pathToFileURL(resolve(dir, spec)).href;
    else {
      // load-plugin (and @npmcli/config under it) is loaded only when a config names npm plug-ins.
      const { resolvePlugin } = await import('load-plugin');
      href = await resolvePlugin(spec, { from: pathToFileURL(dir + '/').href });
    }
  } catch (e) {
    throw new ConfigError(`${where}: cannot find plugin "${spec}": ${(e as Error).message}`);
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(href)) as Record<string, unknown>;
  } catch (e) {
    throw new ConfigError(`${where}: cannot load plugin "${spec}": ${(e as Error).message}`);
  }
  const exported = (mod.rules ?? (mod.default as Record<string, unknown> | undefined)?.rules ?? mod.default) as unknown;
  const list = Array.isArray(exported) ? exported : exported && typeof exported === 'object' ? Object.values(exported) : [];
  const rules = list.filter(isRule);
  if (rules.length === 0) throw new ConfigError(`${where}: plugin "${spec}" exports no rules (expected \`export const rules = [...]\` of {meta, check})`);
  return rules;
}

function isRule(value: unknown): value is Rule {
  const r = value as Rule;
  return !!r && typeof r === 'object' && typeof r.check === 'function' && !!r.meta && typeof r.meta.id === 'string';
}

/**
 * Resolve config layers (lowest precedence first: e.g. the config file, then command-line `--rule`s) into
 * the rules to run with their severities and validated options.
 */
export async function resolveConfig(layers: ConfigLayer[], builtins: Rule[]): Promise<ResolvedConfig> {
  const known = new Map<string, Rule>();
  for (const r of builtins) known.set(r.meta.id, r);
  const settings: Record<string, unknown> = {};
  const chosen = new Map<string, { severity: Severity; options: unknown; where: string }>();
  const files: string[] = [];

  const apply = async (config: RawConfig, dir: string, where: string, depth: number): Promise<void> => {
    if (depth > 10) throw new ConfigError(`${where}: "extends" nests too deeply (a cycle?)`);
    if (!config || typeof config !== 'object' || Array.isArray(config)) throw new ConfigError(`${where}: a config must be an object`);
    for (const key of Object.keys(config)) {
      if (!KNOWN_KEYS.has(key)) throw new ConfigError(`${where}: unknown config key "${key}" (expected extends, rules, settings, plugins)`);
    }
    if (config.plugins !== undefined) {
      if (!Array.isArray(config.plugins)) throw new ConfigError(`${where}: "plugins" must be an array of module names or paths`);
      for (const spec of config.plugins) {
        for (const rule of await loadPluginRules(String(spec), dir, where)) {
          if (known.has(rule.meta.id) && known.get(rule.meta.id) !== rule) {
            throw new ConfigError(`${where}: plugin "${spec}" defines rule "${rule.meta.id}", which already exists`);
          }
          known.set(rule.meta.id, rule);
        }
      }
    }
    const ext = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    for (const name of ext) {
      if (typeof name !== 'string') throw new ConfigError(`${where}: "extends" entries must be strings`);
      if (isPreset(name)) {
        for (const [id, severity] of Object.entries(presetRules(name, known.values()))) {
          chosen.set(id, { severity, options: undefined, where: name });
        }
      } else if (name.startsWith('zonelint:')) {
        throw new ConfigError(`${where}: unknown preset "${name}" (expected zonelint:recommended, zonelint:strict, zonelint:kms or zonelint:all)`);
      } else {
        const file = resolve(dir, name);
        await apply(await loadFile(file), dirname(file), file, depth + 1);
      }
    }
    if (config.settings !== undefined) {
      if (typeof config.settings !== 'object' || config.settings === null) throw new ConfigError(`${where}: "settings" must be an object`);
      Object.assign(settings, config.settings);
    }
    if (config.rules !== undefined) {
      if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) {
        throw new ConfigError(`${where}: "rules" must be an object of rule ids`);
      }
      for (const [id, value] of Object.entries(config.rules as Record<string, unknown>)) {
        if (!known.has(id)) {
          throw new ConfigError(`${where}: unknown rule "${id}"${suggest(id, known)}`);
        }
        if (Array.isArray(value)) {
          if ((value.length as number) === 0 || value.length > 2) throw new ConfigError(`${where}: rule "${id}" must be a severity or [severity, options]`);
          chosen.set(id, { severity: severityOf(value[0], where, id), options: value[1], where });
        } else {
          const prev = chosen.get(id);
          chosen.set(id, { severity: severityOf(value, where, id), options: prev?.options, where });
        }
      }
    }
  };

  for (const layer of layers) {
    if (layer.file) files.push(layer.file);
    await apply(layer.config, layer.dir, layer.file ?? 'command line', 0);
  }

  const rules = new Map<string, ResolvedRule>();
  for (const [id, c] of chosen) {
    const rule = known.get(id)!;
    let options = c.options;
    if (rule.meta.options) {
      try {
        options = rule.meta.options(c.options);
      } catch (e) {
        throw new ConfigError(`${c.where}: invalid options for rule "${id}": ${(e as Error).message}`);
      }
    } else if (c.options !== undefined) {
      throw new ConfigError(`${c.where}: rule "${id}" takes no options`);
    }
    if (c.severity !== 'off') rules.set(id, { rule, severity: c.severity, options, rawOptions: c.options });
  }
  return { rules, settings, known, files };
}

function suggest(id: string, known: Map<string, Rule>): string {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known.keys()) {
    const d = distance(id, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== undefined && bestD <= 3 ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
