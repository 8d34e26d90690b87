import type { Point, SourceText } from './types.js';

/** A source text with a lazily built line index (built only when a position is first needed). */
export class Source implements SourceText {
  private starts: Int32Array | undefined;
  constructor(
    public readonly path: string | undefined,
    public readonly text: string,
  ) {}

  lineStarts(): Int32Array {
    if (this.starts) return this.starts;
    const text = this.text;
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count);
    let k = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    this.starts = starts;
    return starts;
  }

  /** 1-based line/column of a UTF-16 offset (clamped to the text). */
  point(offset: number): Point {
    if (offset < 0) offset = 0;
    if (offset > this.text.length) offset = this.text.length;
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  }
}
