// Who a CLI change is recorded as in a signature's history: `cli:<os user>`.
import { userInfo } from 'node:os';

export function cliActor(): string {
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (some containers): fall back to the environment.
  }
  return `cli:${name || process.env.USER || process.env.USERNAME || 'unknown'}`;
}
