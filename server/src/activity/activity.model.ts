interface ActivityBase {
  id: string;
  taskId: string;
  actorId: string;
  occurredAt: string;
}

/** One entry of a task's history, discriminated by `kind`. */
export type ActivityEntry =
  | (ActivityBase & { kind: 'task_created'; title: string })
  | (ActivityBase & { kind: 'task_status_changed'; from: TaskStatusValue; to: TaskStatusValue })
  | (ActivityBase & { kind: 'task_assigned'; previousAssigneeId: string | null; assigneeId: string | null })
  | (ActivityBase & { kind: 'comment_added'; commentId: string });

type TaskStatusValue = 'todo' | 'in_progress' | 'blocked' | 'done';

/** An entry to record: everything but the id, which the repository assigns. */
export type NewActivity = ActivityEntry extends infer E
  ? E extends ActivityEntry
    ? Omit<E, 'id'>
    : never
  : never;
