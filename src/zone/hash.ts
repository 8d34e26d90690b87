// The string hash of the zone model's own tables (name-table.ts, suffix-index.ts): FNV-1a over UTF-16 code
// units, seeded at random per process. FNV collisions are easy to make, and a zone full of them would make every
// lookup walk a whole table: a hostile zone must not hang the linter.

/** FNV-1a's offset basis mixed with a random number, once per process. */
export const HASH_SEED = (0x811c9dc5 ^ Math.floor(Math.random() * 0x100000000)) | 0;

/** One FNV-1a step: fold a code unit into the hash. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}
