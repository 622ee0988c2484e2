// The table of `rounds list`, fitted to a width: the error message is what a reader scans for,
// so it keeps at least MIN_MESSAGE columns, and the other columns give way in this order — the
// 24-hour sparkline narrows to two hours a character, the service name is cut to 12, the
// sparkline goes, the service is cut to 8. Widths are counted on the plain text; colour is added after padding, so
// escape sequences never shift a column.
import { sparkline, truncate } from './format.js';

export interface ListRow {
  id: string;
  status: string;
  regressed: boolean;
  count: number;
  lastSeen: string;
  /** Events per hour over the last 24 hours, oldest first. */
  hourly: readonly number[];
  service: string;
  error: string;
}

/** The message column gets at least this many characters on any terminal of 80 columns or more. */
export const MIN_MESSAGE = 20;
const SERVICE_CAP = 12;
const SERVICE_CAP_NARROW = 8;

const STATUS_COLOUR: Record<string, number> = { new: 33, investigating: 36, diagnosed: 32, resolved: 2, muted: 2 };
const paint = (on: boolean, code: number, text: string) => (on && text ? `\u001b[${code}m${text}\u001b[0m` : text);

/** Sums of consecutive pairs: 24 hourly counts as 12 two-hour counts. */
function pairs(values: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 2) out.push(values[i] + (values[i + 1] ?? 0));
  return out;
}

type Spark = 'hourly' | 'two-hourly' | 'none';

/**
 * The table's lines. `width` is the terminal's (undefined: no limit, as for a pipe or a file).
 * Every cell is made safe for a terminal by `truncate` (control characters shown escaped).
 */
export function layoutList(rows: readonly ListRow[], width: number | undefined, colour: boolean): string[] {
  const safe = rows.map((r) => ({
    ...r,
    statusText: r.regressed && r.status !== 'resolved' ? `${r.status}↺` : r.status,
    serviceText: truncate(r.service, 200),
    errorText: truncate(r.error, 300),
  }));
  const len = (s: string) => [...s].length;
  const widest = (header: string, cells: string[]) => Math.max(len(header), ...cells.map(len));
  const idW = widest('ID', safe.map((r) => r.id));
  const statusW = widest('STATUS', safe.map((r) => r.statusText));
  const countW = widest('COUNT', safe.map((r) => String(r.count)));
  const seenW = widest('LAST SEEN', safe.map((r) => r.lastSeen));
  const serviceFull = widest('SERVICE', safe.map((r) => r.serviceText));
  const sparkW: Record<Spark, number> = { hourly: 26, 'two-hourly': 14, none: 0 };

  // The first layout, in the order columns give way, that leaves the message MIN_MESSAGE.
  const fixed = idW + statusW + countW + seenW + 2 * 4;
  const layouts: { spark: Spark; serviceW: number }[] = [
    { spark: 'hourly', serviceW: serviceFull },
    { spark: 'two-hourly', serviceW: serviceFull },
    { spark: 'two-hourly', serviceW: Math.min(serviceFull, SERVICE_CAP) },
    { spark: 'none', serviceW: Math.min(serviceFull, SERVICE_CAP) },
    { spark: 'none', serviceW: Math.min(serviceFull, SERVICE_CAP_NARROW) },
  ];
  const used = (l: (typeof layouts)[number]) => fixed + (l.spark === 'none' ? 0 : sparkW[l.spark] + 2) + l.serviceW + 2;
  const layout = width === undefined ? layouts[0] : (layouts.find((l) => width - used(l) >= MIN_MESSAGE) ?? layouts[layouts.length - 1]);
  // On a terminal too narrow even for that, the line still fits: the message takes what is left.
  const messageW = width === undefined ? Infinity : Math.max(1, width - used(layout));

  const line = (cells: { text: string; w: number; right?: boolean; colour?: number }[]) =>
    cells
      .map((c, i) => {
        const text = Number.isFinite(c.w) ? truncate(c.text, c.w) : c.text;
        const pad = i === cells.length - 1 ? '' : ' '.repeat(Math.max(0, c.w - len(text)));
        const painted = c.colour !== undefined ? paint(colour, c.colour, text) : text;
        return c.right ? pad + painted : painted + pad;
      })
      .join('  ')
      .trimEnd();

  const header = line([
    { text: 'ID', w: idW },
    { text: 'STATUS', w: statusW },
    { text: 'COUNT', w: countW, right: true },
    { text: 'LAST SEEN', w: seenW },
    ...(layout.spark === 'none' ? [] : [{ text: layout.spark === 'hourly' ? 'LAST 24H' : '24H', w: sparkW[layout.spark] }]),
    { text: 'SERVICE', w: layout.serviceW },
    { text: 'ERROR', w: messageW },
  ]);
  const body = safe.map((r) =>
    line([
      { text: r.id, w: idW, colour: 2 },
      { text: r.statusText, w: statusW, colour: r.regressed && r.status !== 'resolved' ? 31 : STATUS_COLOUR[r.status] },
      { text: String(r.count), w: countW, right: true, colour: 1 },
      { text: r.lastSeen, w: seenW },
      ...(layout.spark === 'none' ? [] : [{ text: `[${sparkline(layout.spark === 'hourly' ? r.hourly : pairs(r.hourly))}]`, w: sparkW[layout.spark] }]),
      { text: r.serviceText, w: layout.serviceW },
      { text: r.errorText, w: messageW },
    ]),
  );
  return [paint(colour, 1, header), ...body];
}
