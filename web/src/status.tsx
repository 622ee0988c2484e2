// A status as words with a colour beside them (never colour alone).
import type { Status } from './types';

export function StatusBadge({ status, regressed }: { status: Status; regressed?: boolean }) {
  return (
    <span class="badges">
      <span class={`badge status-${status}`}>{status}</span>
      {regressed ? <span class="badge regressed">regressed</span> : null}
    </span>
  );
}
