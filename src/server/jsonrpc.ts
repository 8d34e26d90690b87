// Minimal LSP base-protocol framing (`Content-Length: N\r\n\r\n` + UTF-8 JSON), enough for the proxy in
// index.ts to read and write whole messages on the client's stdio and on the in-process server's socket.
import type { Readable, Writable } from 'node:stream';

export interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

/** Call `onMessage` for every complete message read from `input`. */
export function readMessages(input: Readable, onMessage: (message: Message) => void, onError: (error: Error) => void): void {
  let buffer: Buffer = Buffer.alloc(0);
  input.on('data', (chunk: Buffer) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const header = buffer.subarray(0, headerEnd).toString('ascii');
      const match = /(?:^|\r\n)content-length:\s*(\d+)/i.exec(header);
      if (!match) {
        onError(new Error(`LSP header without Content-Length: ${JSON.stringify(header)}`));
        buffer = buffer.subarray(headerEnd + 4);
        continue;
      }
      const length = Number(match[1]);
      const start = headerEnd + 4;
      if (buffer.length < start + length) return;
      const body = buffer.subarray(start, start + length).toString('utf8');
      buffer = buffer.subarray(start + length);
      let message: Message;
      try {
        message = JSON.parse(body) as Message;
      } catch (e) {
        onError(new Error(`LSP message is not JSON: ${(e as Error).message}`));
        continue;
      }
      onMessage(message);
    }
  });
}

export function writeMessage(output: Writable, message: Message): void {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  output.write(`Content-Length: ${body.length}\r\n\r\n`);
  output.write(body);
}
