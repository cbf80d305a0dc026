export type ProjectRole = 'owner' | 'member';

/** A project member as the API shows it. */
export interface Member {
  userId: string;
  email: string;
  displayName: string;
  role: ProjectRole;
  joinedAt: string;
}

/** Who to add: an existing user, by id or by email address. */
export type MemberToAdd = ({ userId: string } | { email: string }) & { role: ProjectRole };
