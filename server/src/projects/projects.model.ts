/** A project as the API shows it. */
export interface Project {
  id: string;
  name: string;
  description: string | null;
  ownerId: string;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectChanges {
  name?: string;
  description?: string | null;
}
