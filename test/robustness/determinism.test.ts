// Same input → byte-identical output, whatever the order the files are given in: results are sorted by path
// (unified-engine sorts the files it finds; messages within a file by position, rule and text).
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runCli } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FORMATS = ['stylish', 'json', 'compact', 'unix', 'sarif', 'github', 'checkstyle', 'gitlab'];

function zoneFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...zoneFiles(full));
    else if (/\.(zone|db|dns)$/.test(e.name)) out.push(relative(ROOT, full));
  }
  return out;
}

// Files under fixtures/ (fixtures/repo has its own config and ignore files), in several orders.
const files = zoneFiles(join(ROOT, 'fixtures')).sort();
const orders: [string, string[]][] = [
  ['sorted', files],
  ['reversed', files.slice().reverse()],
  ['interleaved', [...files.filter((_, i) => i % 2 === 1), ...files.filter((_, i) => i % 2 === 0)]],
];

describe('deterministic output', () => {
  it('has several fixture zones to order', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(FORMATS)('-f %s: byte-identical across runs and file orders', async (format) => {
    const outputs: string[] = [];
    for (const [, order] of orders) {
      for (let run = 0; run < 2; run++) {
        const r = await runCli(['-f', format, '--as-of', '2026-01-01T00:00Z', ...order], { cwd: ROOT });
        expect(r.stderr).toBe('');
        outputs.push(r.stdout);
      }
    }
    expect(outputs[0]!.length).toBeGreaterThan(0);
    for (const o of outputs) expect(o).toBe(outputs[0]);
  });

  it('results are sorted by path', async () => {
    const r = await runCli(['-f', 'json', ...orders[1]![1]], { cwd: ROOT });
    const paths = (JSON.parse(r.stdout) as { filePath: string }[]).map((x) => x.filePath);
    expect(paths.length).toBeGreaterThan(1);
    expect(paths).toEqual(paths.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
