// `/signatures/:id`: everything about one signature — counts and timeline, releases, the
// attribute values that stand out, samples with their stack traces and trace links, the
// diagnosis, the history — and the actions.
import { useEffect, useState } from 'preact/hooks';
import { Actions } from './actions';
import { ApiFailure, get, seg } from './api';
import { TimelineChart } from './charts';
import { ago, count, dateTime, percent, usd } from './format';
import { href, navigate, onLinkClick, useLocation } from './router';
import { StackTrace } from './stack';
import { splitNotChecked } from './diagnosis';
import { StatusBadge } from './status';
import type { Report, SampleStack, Timeline, TraceLink } from './types';

interface Loaded {
  report: Report;
  stacks: SampleStack[];
  timeline: Timeline;
}

/** Fills a trace-link template; every value is URL-encoded. */
export function traceUrl(template: string, o: { traceId: string; spanId?: string; service: string; time: string }): string {
  const t = Date.parse(o.time);
  const values: Record<string, string> = { traceId: o.traceId, spanId: o.spanId ?? '', service: o.service, time: o.time, startMs: String(t - 3_600_000), endMs: String(t + 3_600_000) };
  return template.replace(/\{(traceId|spanId|service|time|startMs|endMs)\}/g, (_, k: string) => encodeURIComponent(values[k]));
}

export function DetailPage({ id, traceLinks }: { id: string; traceLinks: TraceLink[] }) {
  const { query } = useLocation();
  const bucket = query.get('bucket') === 'minute' ? 'minute' : 'hour';
  const sampleIndex = Math.max(0, Number(query.get('sample') ?? 0) || 0);
  const [state, setState] = useState<{ loading: boolean; error?: string; data?: Loaded }>({ loading: true });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    Promise.all([get<Report>(`/api/signatures/${seg(id)}`), get<{ samples: SampleStack[] }>(`/console/api/signatures/${seg(id)}/stacks`), get<Timeline>(`/console/api/signatures/${seg(id)}/timeline?bucket=${bucket}`)])
      .then(([report, stacks, timeline]) => live && setState({ loading: false, data: { report, stacks: stacks.samples, timeline } }))
      .catch((e) => live && setState({ loading: false, error: e instanceof ApiFailure ? `${e.message} (${e.code})` : String(e) }));
    return () => {
      live = false;
    };
  }, [id, bucket, version]);

  const here = (changes: Record<string, string | undefined>) => href(`/signatures/${id}`, { bucket: query.get('bucket') ?? undefined, sample: query.get('sample') ?? undefined, ...changes });

  if (!state.data) {
    return (
      <main id="main">
        <p>
          <a href="/" onClick={onLinkClick}>
            ← All signatures
          </a>
        </p>
        {state.error ? (
          <p class="error" role="alert">
            {state.error}
          </p>
        ) : (
          <p aria-live="polite">Loading…</p>
        )}
      </main>
    );
  }
  const { report: r, stacks, timeline } = state.data;
  const samples = r.occurrences;
  const sample = samples[Math.min(sampleIndex, samples.length - 1)];
  const stackOf = sample && stacks.find((s) => s.time === sample.time && s.spanId === sample.spanId);
  const d = r.diagnosis;
  const gaps = d ? splitNotChecked(d) : { evidence: [], notChecked: [] };

  return (
    <main id="main" class="detail">
      <p>
        <a href="/" onClick={onLinkClick}>
          ← All signatures
        </a>
      </p>
      <header class="sig-header">
        <h1>
          <span class="type">{r.type}</span> <span class="message">{r.message}</span>
        </h1>
        <p class="meta">
          <StatusBadge status={r.status} regressed={r.regressed} /> <span>{r.service}</span> · <span class="id">{r.id}</span>
          {r.culprit ? (
            <>
              {' '}
              · <span class="culprit">{r.culprit}</span>
            </>
          ) : null}
          {state.loading ? <span aria-live="polite"> · refreshing…</span> : null}
        </p>
      </header>

      <section aria-labelledby="counts-h">
        <h2 id="counts-h">Counts</h2>
        <dl class="facts">
          <div>
            <dt>Events</dt>
            <dd>{count(r.count)}</dd>
          </div>
          <div>
            <dt>First seen</dt>
            <dd>
              <time dateTime={r.firstSeen} title={dateTime(r.firstSeen)}>
                {ago(r.firstSeen)}
              </time>
            </dd>
          </div>
          <div>
            <dt>Last seen</dt>
            <dd>
              <time dateTime={r.lastSeen} title={dateTime(r.lastSeen)}>
                {ago(r.lastSeen)}
              </time>
            </dd>
          </div>
          <div>
            <dt>Releases</dt>
            <dd>{r.releases.length ? r.releases.join(', ') : '—'}</dd>
          </div>
          <div>
            <dt>Environments</dt>
            <dd>{r.environments.length ? r.environments.join(', ') : '—'}</dd>
          </div>
          <div>
            <dt>Tags</dt>
            <dd>{r.tags.length ? r.tags.join(', ') : '—'}</dd>
          </div>
          {r.regression ? (
            <div>
              <dt>Regressed</dt>
              <dd>
                {dateTime(r.regression.at)}
                {r.regression.release ? ` in ${r.regression.release}` : ''}
              </dd>
            </div>
          ) : null}
          {r.resolution ? (
            <div>
              <dt>Resolved</dt>
              <dd>
                {dateTime(r.resolution.at)}
                {r.resolution.inRelease ? ` in ${r.resolution.inRelease}` : ''}
              </dd>
            </div>
          ) : null}
          {r.mute ? (
            <div>
              <dt>Muted</dt>
              <dd>{r.mute.until ? `until ${dateTime(r.mute.until)}` : r.mute.untilCount ? `until ${count(r.mute.untilCount)} events` : 'until unmuted'}</dd>
            </div>
          ) : null}
          {r.mergedInto ? (
            <div>
              <dt>Merged into</dt>
              <dd>
                <a href={`/signatures/${r.mergedInto}`} onClick={onLinkClick}>
                  {r.mergedInto}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <div class="segmented" role="group" aria-label="Bucket size">
          <a href={here({ bucket: 'minute' })} onClick={onLinkClick} aria-current={bucket === 'minute' ? 'true' : undefined}>
            Last 3 hours by minute
          </a>
          <a href={here({ bucket: 'hour' })} onClick={onLinkClick} aria-current={bucket === 'hour' ? 'true' : undefined}>
            Last 7 days by hour
          </a>
        </div>
        <TimelineChart counts={timeline.counts} from={timeline.from} stepMs={timeline.stepMs} />
      </section>

      <section aria-labelledby="diagnosis-h" class="diagnosis">
        <h2 id="diagnosis-h">Diagnosis</h2>
        {d ? (
          <>
            <h3>Root cause</h3>
            <p class="root-cause">{d.rootCause}</p>
            <h3>Evidence</h3>
            <ul>
              {gaps.evidence.map((e) => (
                <li>{e}</li>
              ))}
            </ul>
            <h3>Suggested fix</h3>
            <p>{d.suggestedFix}</p>
            <h3>Not checked</h3>
            {gaps.notChecked.length ? (
              <ul>
                {gaps.notChecked.map((e) => (
                  <li>{e}</li>
                ))}
              </ul>
            ) : (
              <p class="muted">This diagnosis does not list what it could not check.</p>
            )}
            <dl class="facts">
              <div>
                <dt>Confidence</dt>
                <dd>{percent(d.confidence)}</dd>
              </div>
              <div>
                <dt>Model</dt>
                <dd>{d.model}</dd>
              </div>
              <div>
                <dt>Cost</dt>
                <dd>{usd(d.costUsd)}</dd>
              </div>
              {d.createdMs ? (
                <div>
                  <dt>Diagnosed</dt>
                  <dd>{dateTime(new Date(d.createdMs).toISOString())}</dd>
                </div>
              ) : null}
              {d.fallbackReason ? (
                <div>
                  <dt>Fallback</dt>
                  <dd>{d.fallbackReason}</dd>
                </div>
              ) : null}
            </dl>
          </>
        ) : (
          <p class="muted">Not diagnosed yet{r.status === 'investigating' ? ' (an investigation is running)' : ''}. “Diagnose now” queues it first.</p>
        )}
      </section>

      <Actions report={r} onChanged={() => setVersion((v) => v + 1)} />

      <section aria-labelledby="samples-h">
        <h2 id="samples-h">Samples</h2>
        {samples.length === 0 ? (
          <p class="muted">No samples are stored (retention may have pruned them).</p>
        ) : (
          <>
            <p>
              <label for="sample-select">Sample</label>{' '}
              <select id="sample-select" value={String(Math.min(sampleIndex, samples.length - 1))} onChange={(e) => navigate(here({ sample: (e.currentTarget as HTMLSelectElement).value }), true)}>
                {samples.map((o, i) => (
                  <option value={String(i)}>
                    {dateTime(o.time)} · {o.host ?? o.service} · {o.release ?? 'no release'}
                  </option>
                ))}
              </select>
            </p>
            <dl class="facts">
              <div>
                <dt>Time</dt>
                <dd>{dateTime(sample.time)}</dd>
              </div>
              <div>
                <dt>Operation</dt>
                <dd>{sample.spanName ?? sample.source}</dd>
              </div>
              <div>
                <dt>Host</dt>
                <dd>{sample.host ?? '—'}</dd>
              </div>
              <div>
                <dt>Release</dt>
                <dd>{sample.release ?? '—'}</dd>
              </div>
              <div>
                <dt>Trace</dt>
                <dd>
                  {sample.traceId ? <code>{sample.traceId}</code> : '—'}
                  {sample.traceId && traceLinks.length ? (
                    <span class="trace-links">
                      {traceLinks.map((l) => (
                        <a href={traceUrl(l.template, { traceId: sample.traceId!, spanId: sample.spanId, service: sample.service, time: sample.time })} target="_blank" rel="noopener noreferrer">
                          Open in {l.name}
                        </a>
                      ))}
                    </span>
                  ) : null}
                </dd>
              </div>
            </dl>
            <h3>Stack trace</h3>
            <StackTrace stack={stackOf} raw={sample.exception?.stacktrace ?? sample.body} />
            <details>
              <summary>Attributes of this sample</summary>
              <table class="kv">
                <tbody>
                  {Object.entries({ ...sample.resource, ...sample.attributes }).map(([k, v]) => (
                    <tr>
                      <th scope="row">{k}</th>
                      <td>{typeof v === 'string' ? v : JSON.stringify(v)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </section>

      <section aria-labelledby="standout-h">
        <h2 id="standout-h">Attribute values that stand out</h2>
        {r.standout.length ? (
          <table class="kv">
            <thead>
              <tr>
                <th scope="col">Attribute</th>
                <th scope="col">Value</th>
                <th scope="col">Samples</th>
              </tr>
            </thead>
            <tbody>
              {r.standout.map((s) => (
                <tr>
                  <th scope="row">{s.key}</th>
                  <td>{s.value}</td>
                  <td>
                    {s.count} of {s.samples} ({percent(s.share)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">No value is shared by most samples.</p>
        )}
      </section>

      <section aria-labelledby="history-h">
        <h2 id="history-h">History</h2>
        <table class="history">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {[...r.history].reverse().map((h) => (
              <tr>
                <td>
                  <time dateTime={h.at} title={dateTime(h.at)}>
                    {ago(h.at)}
                  </time>
                </td>
                <td class="actor">{h.actor}</td>
                <td>
                  {h.action}
                  {h.from && h.to && h.from !== h.to ? ` (${h.from} → ${h.to})` : ''}
                </td>
                <td>{h.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
