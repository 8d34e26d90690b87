// The README's quick-start output block (scripts/gen-readme-example.mjs writes it; a test checks it).
export const EXAMPLE_BEGIN = '<!-- example:begin -->';
export const EXAMPLE_END = '<!-- example:end -->';

export function exampleBlock(output: string, code: number): string {
  return ['```console', '$ node bin/zonelint.js fixtures/examples/', output.trimEnd(), `$ echo $?`, String(code), '```'].join('\n');
}

export function withExample(readme: string, block: string): string {
  const i = readme.indexOf(EXAMPLE_BEGIN);
  const j = readme.indexOf(EXAMPLE_END);
  if (i < 0 || j < 0) throw new Error('README.md has no example:begin/example:end markers');
  return readme.slice(0, i + EXAMPLE_BEGIN.length) + '\n' + block + '\n' + readme.slice(j);
}
