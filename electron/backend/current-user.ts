import { userInfo } from 'node:os';

/** The Windows (or Linux) user name, written into each model's history as who made a change. */
export function currentUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}
