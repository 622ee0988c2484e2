// `rounds show <id>`: one signature — counts, times, releases, a timeline, the attribute
// values that stand out among its samples, a sample stack trace, the diagnosis and the history.
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';
import { formatUsd } from '../../core/budget.js';
import { terminalSafe } from '../../core/terminal-text.js';
import { ago, sparkline } from '../format.js';
import { buildReport, type SignatureReport } from '../signature-report.js';
import { withStore } from '../store-command.js';

export const summary = 'Show one signature: timeline, samples, diagnosis, history';
export const usage = `Usage: rounds show <id or unique id prefix> [--json] [--data-dir DIR]

  --json   the signature with its stored diagnosis, occurrence samples, timeline and
           standout attribute values, as JSON`;

export async function run(args: string[]): Promise<number> {
  return withStore(args, {}, async ({ store, rest }) => {
    const { options, positionals } = parseArgs('show', rest, { json: 'boolean' });
    if (positionals.length !== 1) throw new CliError('give exactly one signature id (see rounds show --help)', 2);
    const sig = await store.requireSignature(positionals[0]);
    const now = Date.now();
    const report = await buildReport(store, sig, now);
    // Text mode writes network-supplied text to a terminal: control characters are shown escaped.
    console.log(options.json ? JSON.stringify(report, null, 2) : terminalSafe(render(report, now)));
    return 0;
  });
}

const when = (iso: string, now: number) => `${iso} (${ago(Date.parse(iso), now)})`;

function render(r: SignatureReport, now: number): string {
  const out: string[] = [];
  const field = (name: string, value: string | undefined) => {
    if (value) out.push(`${name.padEnd(13)}${value}`);
  };
  out.push(`${r.id}  ${r.type}: ${r.message}`, '');
  let status: string = r.status;
  if (r.regressed && r.regression) status += ` — regressed ${r.regression.at}${r.regression.release ? ` in release ${r.regression.release}` : ''}`;
  if (r.resolution) status += ` — resolved ${r.resolution.at}${r.resolution.inRelease ? ` in release ${r.resolution.inRelease}` : ''}`;
  if (r.mute) {
    const until = [r.mute.until !== undefined ? `until ${r.mute.until}` : '', r.mute.untilCount !== undefined ? `until count ${r.mute.untilCount}` : ''].filter(Boolean);
    status += until.length ? ` ${until.join(' or ')}` : ' (until unmuted)';
  }
  if (r.mergedInto) status += ` — merged into ${r.mergedInto}`;
  field('status', status);
  field('service', `${r.service} (${r.source})`);
  field('culprit', r.culprit);
  field('count', String(r.count));
  field('first seen', when(r.firstSeen, now));
  field('last seen', when(r.lastSeen, now));
  field('releases', r.releases.join(', '));
  field('environments', r.environments.join(', '));
  field('tags', r.tags.join(', '));
  field('fingerprint', `${r.fingerprint} (${r.algorithm})`);
  if (r.aliases.length) field('aliases', r.aliases.join(', '));

  const hourly = r.timeline.hourly.counts;
  const daily = r.timeline.daily.counts;
  out.push('', 'Timeline');
  out.push(`  last 24 hours  [${sparkline(hourly)}]  ${hourly.reduce((a, b) => a + b, 0)} events`);
  out.push(`  last 14 days   [${sparkline(daily)}]  ${daily.join(' ')}`);

  if (r.standout.length) {
    const over = 'occurrences' in r.standoutOver ? `${r.standoutOver.occurrences} occurrences, against ${r.standoutOver.baseline}` : `${r.standoutOver.samples} samples`;
    out.push('', `Stands out among ${over}`);
    for (const s of r.standout) {
      const base = s.baselineShare !== undefined ? ` vs ${Math.round(s.baselineShare * 100)}%` : '';
      out.push(`  ${s.key} = ${s.value}  ${s.count}/${s.samples} (${Math.round(s.share * 100)}%${base})`);
    }
  }

  const withTrace = r.occurrences.find((o) => o.exception?.stacktrace) ?? r.occurrences[0];
  if (withTrace) {
    out.push('', `Sample (${withTrace.time}${withTrace.host ? `, host ${withTrace.host}` : ''}${withTrace.release ? `, release ${withTrace.release}` : ''}${withTrace.traceId ? `, trace ${withTrace.traceId}` : ''})`);
    const text = withTrace.exception?.stacktrace ?? [withTrace.exception?.type, withTrace.exception?.message ?? withTrace.body ?? withTrace.statusMessage].filter(Boolean).join(': ');
    const lines = text.split('\n');
    for (const line of lines.slice(0, 30)) out.push(`  ${line}`);
    if (lines.length > 30) out.push(`  … ${lines.length - 30} more lines (rounds show ${r.id} --json)`);
  }

  out.push('', 'Diagnosis');
  const d = r.diagnosis;
  if (!d) out.push('  none yet (rounds diagnose ' + r.id + ' to queue one)');
  else {
    out.push(`  by ${d.model}, confidence ${d.confidence.toFixed(2)}, ${d.costUsd > 0 ? `cost ${formatUsd(d.costUsd)}` : 'no cost'}${d.createdMs ? `, ${new Date(d.createdMs).toISOString()}` : ''}`);
    if (d.fallbackReason) out.push(`  (fallback: ${d.fallbackReason})`);
    out.push(`  Root cause: ${d.rootCause}`);
    if (d.evidence.length) {
      out.push('  Evidence:');
      for (const e of d.evidence) out.push(`    - ${e}`);
    }
    out.push(`  Suggested fix: ${d.suggestedFix}`);
  }

  out.push('', 'History');
  for (const h of r.history) {
    const move = h.from || h.to ? ` (${h.from ?? ''}→${h.to ?? ''})` : '';
    out.push(`  ${h.at}  ${h.actor.padEnd(14)} ${h.action}${move}${h.reason ? ` — ${h.reason}` : ''}`);
  }
  return out.join('\n');
}
