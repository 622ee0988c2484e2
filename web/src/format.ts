// Times, numbers and money as people read them.
const units: [number, string][] = [
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'min'],
  [1000, 's'],
];

export function ago(iso: string, now = Date.now()): string {
  const ms = now - Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  if (ms < 0) return 'just now';
  for (const [size, unit] of units) if (ms >= size) return `${Math.floor(ms / size)} ${unit} ago`;
  return 'just now';
}

export const dateTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
export const count = (n: number) => n.toLocaleString('en-US');
export const percent = (x: number) => `${Math.round(x * 100)}%`;
export const usd = (x: number) => (x === 0 ? '$0 (free)' : `$${x < 0.01 ? x.toFixed(4) : x.toFixed(2)}`);
