// Counts over time as SVG bars. Each chart carries a text summary for screen readers; the
// bars themselves are decoration.
import { count } from './format';

export function Sparkline({ counts, label }: { counts: number[]; label: string }) {
  const max = Math.max(1, ...counts);
  const total = counts.reduce((a, b) => a + b, 0);
  const w = 4;
  return (
    <svg class="sparkline" viewBox={`0 0 ${counts.length * w} 20`} preserveAspectRatio="none" role="img" aria-label={`${label}: ${count(total)} events in the last 24 hours`}>
      <title>{`${count(total)} events in the last 24 hours`}</title>
      {counts.map((c, i) => (c > 0 ? <rect x={i * w + 0.5} y={20 - Math.max(1.5, (c / max) * 20)} width={w - 1} height={Math.max(1.5, (c / max) * 20)} /> : <rect class="zero" x={i * w + 0.5} y={19} width={w - 1} height={1} />))}
    </svg>
  );
}

export function TimelineChart({ counts, from, stepMs }: { counts: number[]; from: string; stepMs: number }) {
  const max = Math.max(1, ...counts);
  const total = counts.reduce((a, b) => a + b, 0);
  const peakIndex = counts.indexOf(Math.max(...counts));
  const start = Date.parse(from);
  const label = (i: number) => new Date(start + i * stepMs).toLocaleString(undefined, stepMs < 3_600_000 ? { timeStyle: 'short' } : { month: 'short', day: 'numeric', hour: '2-digit' });
  const w = 6;
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${counts.length * w} 100`} preserveAspectRatio="none" role="img" aria-label={`${count(total)} events; peak ${count(counts[peakIndex] ?? 0)} at ${label(peakIndex)}`}>
        {counts.map((c, i) =>
          c > 0 ? (
            <rect x={i * w + 0.5} y={100 - Math.max(2, (c / max) * 100)} width={w - 1} height={Math.max(2, (c / max) * 100)}>
              <title>{`${label(i)}: ${count(c)}`}</title>
            </rect>
          ) : null,
        )}
      </svg>
      <figcaption>
        <span>{label(0)}</span>
        <span>
          {count(total)} events · peak {count(max === 1 && total === 0 ? 0 : max)} per {stepMs < 3_600_000 ? 'minute' : 'hour'}
        </span>
        <span>{label(counts.length - 1)}</span>
      </figcaption>
    </figure>
  );
}
