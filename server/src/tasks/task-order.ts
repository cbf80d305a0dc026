import type { Task, TaskSort } from './tasks.model.js';
import { PRIORITY_RANK } from './tasks.model.js';

/*
 * How each `sort` value orders tasks. Keyset pagination needs the sort key as a
 * plain, non-null column expression, so "tasks without a due date sort last" is
 * expressed by replacing a missing date with one past the end of the order.
 */
const LAST_ASCENDING_DAY = '9999-12-31';
const LAST_DESCENDING_DAY = '0000-01-01';

export interface TaskOrder {
  /** SQL for the key, over the `tasks` columns. */
  column: 'created_at' | 'priority_rank' | 'due_sort';
  direction: 'asc' | 'desc';
  /** Same key computed from a task, for its cursor. */
  keyOf(task: Task): string | number;
  /** The stand-in for a missing due date (only for the due-date orders). */
  missingDueDate?: string;
}

/** The order for a `sort` query value. */
export function taskOrder(sort: TaskSort): TaskOrder {
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  switch (sort) {
    case 'createdAt':
    case '-createdAt':
      return { column: 'created_at', direction, keyOf: (t) => t.createdAt };
    case 'priority':
    case '-priority':
      return { column: 'priority_rank', direction, keyOf: (t) => PRIORITY_RANK[t.priority] };
    case 'dueDate':
    case '-dueDate': {
      const missingDueDate = direction === 'asc' ? LAST_ASCENDING_DAY : LAST_DESCENDING_DAY;
      return { column: 'due_sort', direction, keyOf: (t) => t.dueDate ?? missingDueDate, missingDueDate };
    }
  }
}
