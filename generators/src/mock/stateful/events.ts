import type { JsonSchema, JsonSchemaObject, OperationModel } from '../../model/types.js';
import { flatten, type SchemaScope } from '../../sampling/index.js';

/** A change the stateful store made, as the event stream announces it. */
export interface StateChange {
  action: 'created' | 'updated' | 'deleted';
  /** Concrete collection path of the changed resource, e.g. `/projects/p1/tasks`. */
  collection: string;
  /** Path parameters naming the resource and its parents, the resource's own included (`taskId`). */
  params: Record<string, string>;
  resource: Record<string, unknown> | undefined;
}

/** One open stream: which changes it sees and where it resumes. */
export interface EventSubscription {
  /** Concrete path prefix of the changes this stream carries (`/projects/p1`; '' for all). */
  scope: string;
  operationId: string;
  /** `Last-Event-ID` sent, when the operation documents that header. */
  lastEventId?: string;
}

interface StoredEvent {
  id: number;
  collection: string;
  operationId: string;
  text: string;
}

const VERBS: Record<StateChange['action'], RegExp> = {
  created: /creat|add|new|insert/i,
  updated: /updat|chang|modif|edit|patch/i,
  deleted: /delet|remov|destroy|drop/i,
};

/** Events kept for `Last-Event-ID` replay. */
const KEPT = 1000;

/**
 * Events made from the stateful mock's own changes. Every operation whose
 * success response is `text/event-stream` with an `x-sse-data` schema gets,
 * for each change below its path's parent (`/projects/p1/events` sees changes
 * under `/projects/p1`), one event built from that schema: the branch whose
 * enum member names the change (`task.created`, `NoteAdded`), the path
 * parameters copied into same-named members, the resource into a member named
 * after it. A change no branch describes is not announced.
 */
export class EventLog {
  private events: StoredEvent[] = [];
  private sequence = 0;
  private readonly listeners = new Set<{ subscription: EventSubscription; send: (text: string) => void }>();
  private readonly streams: { operation: OperationModel; schema: JsonSchema }[];

  constructor(
    operations: OperationModel[],
    private readonly scope: SchemaScope,
    private readonly sample: (schema: JsonSchema, seed: string) => unknown,
  ) {
    this.streams = operations.flatMap((operation) => {
      const media = streamMedia(operation);
      const schema = media?.extensions?.['x-sse-data'] as JsonSchema | undefined;
      return schema === undefined ? [] : [{ operation, schema }];
    });
  }

  /** The stream an operation opens, or undefined when it is not an event stream with a described payload. */
  subscription(
    operation: OperationModel,
    path: string,
    headers: Record<string, string>,
  ): EventSubscription | undefined {
    if (!this.streams.some((stream) => stream.operation === operation)) return undefined;
    const documentsResume = operation.parameters.some(
      (parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'last-event-id',
    );
    const lastEventId = headers['last-event-id'];
    return {
      scope: path.replace(/\/$/, '').replace(/\/[^/]*$/, ''),
      operationId: operation.operationId,
      ...(documentsResume && lastEventId !== undefined ? { lastEventId } : {}),
    };
  }

  /** Sends the events after `lastEventId`, then every new one, until the returned function is called. */
  subscribe(subscription: EventSubscription, send: (text: string) => void): () => void {
    const after = Number(subscription.lastEventId);
    if (subscription.lastEventId !== undefined && Number.isInteger(after))
      for (const event of this.events) if (event.id > after && covers(subscription, event)) send(event.text);
    const listener = { subscription, send };
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(change: StateChange): void {
    for (const stream of this.streams) {
      const data = this.dataFor(stream.schema, change);
      if (data === undefined) continue;
      this.sequence += 1;
      const event: StoredEvent = {
        id: this.sequence,
        collection: change.collection,
        operationId: stream.operation.operationId,
        text: `id: ${this.sequence}\nevent: ${data.name}\ndata: ${JSON.stringify(data.value)}\n\n`,
      };
      this.events.push(event);
      if (this.events.length > KEPT) this.events.shift();
      for (const listener of this.listeners)
        if (covers(listener.subscription, event)) listener.send(event.text);
    }
  }

  reset(): void {
    this.events = [];
    this.sequence = 0;
  }

  private dataFor(schema: JsonSchema, change: StateChange): { name: string; value: unknown } | undefined {
    const root = flatten(schema, this.scope);
    const branches = [...(root.oneOf ?? []), ...(root.anyOf ?? [])].map((branch) =>
      flatten(branch, this.scope),
    );
    const noun = singular(change.collection.split('/').pop() ?? '');
    let best: { branch: JsonSchemaObject; member: string; value: string; score: number } | undefined;
    for (const branch of branches.length > 0 ? branches : [root]) {
      for (const [member, property] of Object.entries(branch.properties ?? {})) {
        const flat = flatten(property, this.scope);
        const values = [...(flat.enum ?? []), ...(flat.const !== undefined ? [flat.const] : [])];
        for (const value of values) {
          if (typeof value !== 'string' || !VERBS[change.action].test(value)) continue;
          const score = value.toLowerCase().includes(noun.toLowerCase()) ? 2 : 1;
          if (best === undefined || score > best.score) best = { branch, member, value, score };
        }
      }
    }
    // A verb alone is enough only when the payload describes one kind of resource.
    if (
      best === undefined ||
      (best.score < 2 && this.kindsNamed(branches.length > 0 ? branches : [root]) > 0)
    )
      return undefined;
    const sampled = this.sample(best.branch as JsonSchema, `event:${this.sequence + 1}`);
    const value: Record<string, unknown> =
      typeof sampled === 'object' && sampled !== null && !Array.isArray(sampled) ? { ...sampled } : {};
    value[best.member] = best.value;
    const declared = best.branch.properties ?? {};
    for (const [name, param] of Object.entries(change.params)) {
      if (!(name in declared)) continue;
      const type = flatten(declared[name], this.scope).type;
      value[name] =
        (type === 'integer' || type === 'number') && /^-?\d+$/.test(param) ? Number(param) : param;
    }
    if (noun in declared && change.resource !== undefined) value[noun] = change.resource;
    for (const [name, property] of Object.entries(declared))
      if (flatten(property, this.scope).format === 'date-time' && /(At|_at|time|Time)$/.test(name))
        value[name] = new Date().toISOString();
    return { name: best.value, value };
  }

  /** How many enum values of the payload name a resource kind of their own besides a verb (`task.created`). */
  private kindsNamed(branches: JsonSchemaObject[]): number {
    let count = 0;
    for (const branch of branches)
      for (const property of Object.values(branch.properties ?? {}))
        for (const value of flatten(property, this.scope).enum ?? [])
          if (typeof value === 'string' && /[a-z][._:-][a-z]/i.test(value)) count += 1;
    return count;
  }
}

function covers(subscription: EventSubscription, event: StoredEvent): boolean {
  if (event.operationId !== subscription.operationId) return false;
  return subscription.scope === '' || event.collection.startsWith(`${subscription.scope}/`);
}

function streamMedia(operation: OperationModel) {
  const success = operation.responses.find((response) => /^2/.test(response.status));
  return success?.content.find((media) => media.mediaType.toLowerCase().startsWith('text/event-stream'));
}

/** `tasks` -> `task`, `entries` -> `entry`, `statuses` -> `status`. */
function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/ss$/.test(word)) return word.slice(0, -1);
  return word;
}
