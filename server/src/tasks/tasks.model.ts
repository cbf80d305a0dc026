export type TaskStatus = 'todo' | 'in_progress' | 'blocked' | 'done';
export type TaskPriority = 'low' | 'medium' | 'high' | 'urgent';

/** A task as the API shows it. */
export interface Task {
  id: string;
  projectId: string;
  title: string;
  description: string | null;
  status: TaskStatus;
  priority: TaskPriority;
  assigneeId: string | null;
  dueDate: string | null;
  estimateHours: number | null;
  labels: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The fields a client may set; on create the spec's defaults are already applied by validation. */
export type TaskFields = Pick<
  Task,
  'title' | 'description' | 'status' | 'priority' | 'assigneeId' | 'dueDate' | 'estimateHours' | 'labels'
>;

/** A JSON merge patch of the settable fields: absent keeps, `null` clears. */
export type TaskChanges = Partial<TaskFields>;

export type TaskSort = 'createdAt' | '-createdAt' | 'dueDate' | '-dueDate' | 'priority' | '-priority';

export interface TaskFilters {
  status?: TaskStatus[];
  assigneeId?: string;
  dueAfter?: string;
  dueBefore?: string;
}

/** Priorities in order of urgency; their rank is what `sort=priority` orders by. */
export const PRIORITY_RANK: Record<TaskPriority, number> = { low: 1, medium: 2, high: 3, urgent: 4 };
