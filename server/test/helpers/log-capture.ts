import { Writable } from 'node:stream';

/** A stream pino can write to, keeping every JSON line for assertions. */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() !== '') this.lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    callback();
  }

  /** The lines whose every given field equals the given value. */
  where(fields: Record<string, unknown>): Record<string, unknown>[] {
    return this.lines.filter((line) => Object.entries(fields).every(([key, value]) => line[key] === value));
  }

  /** Everything logged, as one string (to look for leaked secrets). */
  text(): string {
    return this.lines.map((line) => JSON.stringify(line)).join('\n');
  }
}
