/** One Server-Sent Event frame as a test reads it. */
export interface Frame {
  id?: string;
  event?: string;
  data?: string;
}

/** Reads SSE frames from a response body (comment lines such as `: ping` are skipped). */
export function sseReader(response: Response) {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('no body');
  let buffer = '';
  return {
    async next(): Promise<Frame> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const frame: Frame = {};
          for (const line of block.split('\n')) {
            const match = /^(id|event|data): ?(.*)$/.exec(line);
            if (match?.[1]) frame[match[1] as keyof Frame] = match[2];
          }
          if (frame.data !== undefined) return frame;
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += value;
      }
    },
    /** Reads `count` frames. */
    async take(count: number): Promise<Frame[]> {
      const frames: Frame[] = [];
      while (frames.length < count) frames.push(await this.next());
      return frames;
    },
    cancel: () => reader.cancel(),
  };
}
