// Minimal wire-format writer and reader for rdata (uncompressed, big endian).

export class WireError extends Error {}

/** Valid wire that has no typed presentation (BIND prints such rdata in \# form, e.g. AMTRELAY type 4+). */
export class UntypedWire extends WireError {}

export class Writer {
  buf: Uint8Array;
  len = 0;
  constructor(size = 64) {
    this.buf = new Uint8Array(size);
  }
  private grow(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  u8(v: number): void {
    this.grow(1);
    this.buf[this.len++] = v & 0xff;
  }
  u16(v: number): void {
    this.grow(2);
    this.buf[this.len++] = (v >>> 8) & 0xff;
    this.buf[this.len++] = v & 0xff;
  }
  u32(v: number): void {
    this.grow(4);
    this.buf[this.len++] = (v >>> 24) & 0xff;
    this.buf[this.len++] = (v >>> 16) & 0xff;
    this.buf[this.len++] = (v >>> 8) & 0xff;
    this.buf[this.len++] = v & 0xff;
  }
  u48(v: number): void {
    this.u16(Math.floor(v / 0x100000000));
    this.u32(v % 0x100000000);
  }
  bytes(b: Uint8Array): void {
    this.grow(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  /** Reserve a byte (e.g. a length prefix) and return its index. */
  reserve(n: number): number {
    this.grow(n);
    const at = this.len;
    this.len += n;
    return at;
  }
  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

export class Reader {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    pos = 0,
    public end = buf.length,
  ) {
    this.pos = pos;
  }
  need(n: number, what: string): void {
    if (this.pos + n > this.end) throw new WireError(`rdata ends inside ${what}`);
  }
  u8(what = 'an 8-bit field'): number {
    this.need(1, what);
    return this.buf[this.pos++]!;
  }
  u16(what = 'a 16-bit field'): number {
    this.need(2, what);
    const v = (this.buf[this.pos]! << 8) | this.buf[this.pos + 1]!;
    this.pos += 2;
    return v;
  }
  u32(what = 'a 32-bit field'): number {
    this.need(4, what);
    const b = this.buf;
    const p = this.pos;
    this.pos += 4;
    return ((b[p]! << 24) | (b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!) >>> 0;
  }
  u48(what = 'a 48-bit field'): number {
    const hi = this.u16(what);
    return hi * 0x100000000 + this.u32(what);
  }
  bytes(n: number, what = 'a field'): Uint8Array {
    this.need(n, what);
    const out = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  rest(): Uint8Array {
    const out = this.buf.slice(this.pos, this.end);
    this.pos = this.end;
    return out;
  }
  get left(): number {
    return this.end - this.pos;
  }
}
