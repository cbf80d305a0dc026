/**
 * An incremental parser for the `text/event-stream` format
 * (WHATWG HTML §9.2.6 "Interpreting an event stream").
 */

export interface RawServerEvent {
  /** The event's `id:`, or the last id seen on this stream. */
  id: string | undefined;
  /** The event's `event:` type, `message` when unnamed. */
  event: string;
  data: string;
}

export class EventStreamParser {
  #buffer = '';
  #data: string[] = [];
  #event = '';
  #lastEventId: string | undefined;
  /** The server's last `retry:` value in ms. */
  retryMs: number | undefined;

  constructor(lastEventId?: string) {
    this.#lastEventId = lastEventId;
  }

  get lastEventId(): string | undefined {
    return this.#lastEventId;
  }

  /** Feeds a decoded chunk; returns the events it completed. */
  push(chunk: string): RawServerEvent[] {
    this.#buffer += chunk;
    const events: RawServerEvent[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.#buffer);
      // A lone trailing `\r` may be the first half of `\r\n`: wait for more.
      if (match === null || (match[0] === '\r' && match.index === this.#buffer.length - 1)) break;
      const line = this.#buffer.slice(0, match.index);
      this.#buffer = this.#buffer.slice(match.index + match[0].length);
      const event = this.#line(line);
      if (event) events.push(event);
    }
    return events;
  }

  #line(line: string): RawServerEvent | undefined {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
    else if (field === 'id' && !value.includes('\u0000')) this.#lastEventId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Number(value);
    return undefined;
  }

  #dispatch(): RawServerEvent | undefined {
    const data = this.#data;
    const event = this.#event;
    this.#data = [];
    this.#event = '';
    if (data.length === 0) return undefined;
    return { id: this.#lastEventId, event: event || 'message', data: data.join('\n') };
  }
}
