/*
 * The database as Kysely sees it. Column types are the values the drivers hand
 * back on BOTH SQLite and PostgreSQL: ids are UUID text, instants are ISO-8601
 * UTC text (`Date#toISOString()`, which sorts chronologically as text), calendar
 * days are `YYYY-MM-DD` text and lists are JSON text. Keeping to these shapes is
 * what lets one set of repositories run on either database.
 */

export interface UsersTable {
  id: string;
  /** Stored lower-cased so the unique index makes addresses case-insensitive. */
  email: string;
  display_name: string;
  avatar_url: string | null;
  /** `scrypt$N$r$p$salt$hash`, see auth/password-hasher.ts. */
  password_hash: string;
  created_at: string;
}

export interface RefreshTokensTable {
  id: string;
  user_id: string;
  /** Every token rotated from the same sign-in shares a family; reuse revokes the family. */
  family_id: string;
  /** SHA-256 of the opaque token: the token itself is never stored. */
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

export interface ProjectsTable {
  id: string;
  name: string;
  description: string | null;
  owner_id: string;
  created_at: string;
  updated_at: string;
}

export interface ProjectMembersTable {
  project_id: string;
  user_id: string;
  role: 'owner' | 'member';
  joined_at: string;
}

export interface TasksTable {
  id: string;
  project_id: string;
  title: string;
  description: string | null;
  status: 'todo' | 'in_progress' | 'blocked' | 'done';
  priority: 'low' | 'medium' | 'high' | 'urgent';
  /** Numeric twin of `priority` (low = 1 ... urgent = 4) so priority sorts by meaning, not alphabet. */
  priority_rank: number;
  assignee_id: string | null;
  due_date: string | null;
  estimate_hours: number | null;
  /** JSON array of label strings. */
  labels: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CommentsTable {
  id: string;
  task_id: string;
  parent_id: string | null;
  author_id: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface ActivityTable {
  id: string;
  task_id: string;
  /** Position in the task's history (1, 2, ...): a total order even within one millisecond. */
  seq: number;
  kind: 'task_created' | 'task_status_changed' | 'task_assigned' | 'comment_added';
  actor_id: string;
  occurred_at: string;
  /** JSON object with the kind-specific fields. */
  payload: string;
}

export interface AttachmentsTable {
  id: string;
  task_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  /** Key of the bytes in the blob storage. */
  storage_key: string;
  uploaded_by: string;
  created_at: string;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  /** SHA-256 of operation, target and body: the same key with another request is a conflict. */
  request_hash: string;
  /** Null while the first request is still running. */
  response_status: number | null;
  response_body: string | null;
  response_headers: string | null;
  created_at: string;
  expires_at: string;
}

/** The last event sequence number of each project's stream (locked by each writer until commit). */
export interface EventStreamsTable {
  project_id: string;
  last_seq: number;
}

/** The event outbox: each project's events in commit order, kept for `Last-Event-ID` replay. */
export interface EventsTable {
  project_id: string;
  /** Position in the project's stream (1, 2, ...); the event's SSE id. */
  seq: number;
  type: string;
  /** The event as JSON (a TaskEvent). */
  payload: string;
  /** When it was written (server clock), for time-based retention. */
  recorded_at: string;
}

/** A fixed-window counter shared by all processes (rate limits, failed sign-ins). */
export interface RateLimitsTable {
  key: string;
  hits: number;
  /** When the window ends (ISO-8601); the next hit after it starts a new window. */
  reset_at: string;
}

export interface Database {
  users: UsersTable;
  refresh_tokens: RefreshTokensTable;
  projects: ProjectsTable;
  project_members: ProjectMembersTable;
  tasks: TasksTable;
  comments: CommentsTable;
  activity: ActivityTable;
  attachments: AttachmentsTable;
  idempotency_keys: IdempotencyKeysTable;
  event_streams: EventStreamsTable;
  events: EventsTable;
  rate_limits: RateLimitsTable;
}
