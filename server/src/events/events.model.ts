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

/** An event with its stream id, the value a client sends back as `Last-Event-ID`. */
export interface PublishedEvent {
  id: string;
  event: TaskEvent;
}
