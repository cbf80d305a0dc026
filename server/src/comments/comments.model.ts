/** A comment as the API shows it, with its whole reply thread nested, oldest first. */
export interface Comment {
  id: string;
  taskId: string;
  parentId: string | null;
  authorId: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  replies: Comment[];
}
