/** A user as the API shows it (never with the password hash). */
export interface User {
  id: string;
  email: string;
  displayName: string;
  avatarUrl: string | null;
  createdAt: string;
}

/** What a successful sign-in, registration or refresh yields. */
export interface Session {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: User;
  /** The new opaque refresh token, for the cookie only. */
  refreshToken: string;
  refreshTokenMaxAgeSeconds: number;
}
