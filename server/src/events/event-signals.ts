/**
 * How a process learns that a project's stream has new committed events:
 * `projectId`, or `undefined` for "maybe any" (after a lost connection, when
 * notifications may have been missed).
 */
export type SignalHandler = (projectId: string | undefined) => void;

/** A source of "new events" signals: in-process, or PostgreSQL LISTEN. */
export interface EventSignals {
  onSignal(handler: SignalHandler): void;
  /** This process committed events of these projects. */
  committed(projectIds: readonly string[]): void;
  /** Resolves when signals flow (the listener is connected); rejects otherwise. */
  check(): Promise<void>;
  close(): Promise<void>;
}

/** Signals inside one process (SQLite: one writer, one process): a commit here is the only source. */
export class LocalSignals implements EventSignals {
  private readonly handlers: SignalHandler[] = [];

  onSignal(handler: SignalHandler): void {
    this.handlers.push(handler);
  }

  committed(projectIds: readonly string[]): void {
    for (const projectId of new Set(projectIds)) for (const handler of this.handlers) handler(projectId);
  }

  async check(): Promise<void> {}

  async close(): Promise<void> {
    this.handlers.length = 0;
  }
}
