/** The kinds of change a project's event stream reports. */
export type TaskEventType =
  | 'task.created'
  | 'task.updated'
  | 'task.deleted'
  | 'comment.added'
  | 'attachment.added';

/** One change, as carried in the `data:` field of a Server-Sent Event. */
export interface TaskEvent {
  type: TaskEventType;
  projectId: string;
  taskId: string;
  actorId: string;
  occurredAt: string;
}

/**
 * Sent instead of a replay the stream cannot give: the events after the
 * client's `Last-Event-ID` are no longer retained, or the id is not one of this
 * stream's. The client refetches what it shows; the stream goes on after it.
 */
export interface EventStreamGap {
  type: 'stream.gap';
  projectId: string;
  /** The `Last-Event-ID` the client sent. */
  lastEventId: string;
  reason: 'expired' | 'unknown';
  occurredAt: string;
}

/** Anything a project's event stream carries. */
export type ProjectEvent = TaskEvent | EventStreamGap;

/** An event with its stream id, the value a client sends back as `Last-Event-ID`. */
export interface PublishedEvent {
  id: string;
  event: ProjectEvent;
}
