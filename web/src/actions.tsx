// The lifecycle actions of one signature, each a small form that calls the management API and
// says what happened (or the API's error) in a live region.
import { useState } from 'preact/hooks';
import { ApiFailure, post, seg } from './api';
import type { Report } from './types';

type Outcome = { ok: boolean; text: string };

export function Actions({ report, onChanged }: { report: Report; onChanged: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const [muteMode, setMuteMode] = useState<'for' | 'until' | 'untilCount' | 'forever'>('for');
  const base = `/api/signatures/${seg(report.id)}`;

  const run = (label: string, path: string, body: (form: FormData) => Record<string, unknown>, describe: (answer: any) => string) => async (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    setBusy(true);
    try {
      const answer = await post<any>(`${base}/${path}`, clean(body(form)));
      setOutcome({ ok: true, text: `${label}: ${describe(answer)}` });
      formEl.reset();
      onChanged();
    } catch (e) {
      setOutcome({ ok: false, text: `${label} failed: ${e instanceof ApiFailure ? `${e.message} (${e.code})` : String(e)}` });
    } finally {
      setBusy(false);
    }
  };
  const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim() || undefined;
  const statusNow = (a: any) => `status is now ${a.status}${a.regressed ? ' (regressed)' : ''}`;
  const list = (s: string | undefined) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const canUnmute = report.status === 'muted';

  return (
    <section class="actions" aria-labelledby="actions-h">
      <h2 id="actions-h">Actions</h2>
      <div class="outcome" role="status" aria-live="polite">
        {outcome ? <p class={outcome.ok ? 'ok' : 'error'}>{outcome.text}</p> : null}
      </div>
      <div class="action-grid">
        <form onSubmit={run('Resolve', 'resolve', (f) => ({ inRelease: text(f, 'inRelease'), reason: text(f, 'reason') }), statusNow)}>
          <h3>Resolve</h3>
          <p>
            <label for="a-release">In release (optional)</label>
            <input id="a-release" name="inRelease" placeholder={report.releases[report.releases.length - 1] ?? 'e.g. 2.3.2'} aria-describedby="a-release-hint" />
            <span id="a-release-hint" class="hint">
              Occurrences from older releases will not reopen it.
            </span>
          </p>
          <p>
            <label for="a-resolve-reason">Reason</label>
            <input id="a-resolve-reason" name="reason" />
          </p>
          <button type="submit" disabled={busy}>
            Resolve
          </button>
        </form>

        <form onSubmit={run('Mute', 'mute', (f) => ({ for: muteMode === 'for' ? text(f, 'for') : undefined, until: muteMode === 'until' && text(f, 'until') ? new Date(text(f, 'until')!).toISOString() : undefined, untilCount: muteMode === 'untilCount' && text(f, 'untilCount') ? Number(text(f, 'untilCount')) : undefined, reason: text(f, 'reason') }), (a) => `${statusNow(a)}${a.mute?.until ? ` until ${new Date(a.mute.until).toLocaleString()}` : ''}${a.mute?.untilCount ? ` until its count reaches ${a.mute.untilCount}` : ''}`)}>
          <h3>Mute</h3>
          <fieldset>
            <legend>Until</legend>
            {(
              [
                ['for', 'a duration'],
                ['until', 'a time'],
                ['untilCount', 'more events'],
                ['forever', 'unmuted by hand'],
              ] as const
            ).map(([v, l]) => (
              <label class="radio">
                <input type="radio" name="mode" value={v} checked={muteMode === v} onChange={() => setMuteMode(v)} /> {l}
              </label>
            ))}
          </fieldset>
          {muteMode === 'for' ? (
            <p>
              <label for="a-for">Duration</label>
              <input id="a-for" name="for" placeholder="2h" required pattern="\s*\d+(\.\d+)?\s*(ms|s|m|h|d|w)?\s*" aria-describedby="a-for-hint" />
              <span id="a-for-hint" class="hint">
                30m, 2h, 7d
              </span>
            </p>
          ) : muteMode === 'until' ? (
            <p>
              <label for="a-until">Time</label>
              <input id="a-until" name="until" type="datetime-local" required />
            </p>
          ) : muteMode === 'untilCount' ? (
            <p>
              <label for="a-count">Events</label>
              <input id="a-count" name="untilCount" type="number" min={1} step={1} required />
            </p>
          ) : null}
          <p>
            <label for="a-mute-reason">Reason</label>
            <input id="a-mute-reason" name="reason" />
          </p>
          <button type="submit" disabled={busy}>
            Mute
          </button>
        </form>

        <form onSubmit={run('Tags', 'tags', (f) => ({ add: list(text(f, 'add')), remove: list(text(f, 'remove')) }), (a) => `tags are now ${a.tags.length ? a.tags.join(', ') : '(none)'}`)}>
          <h3>Tags</h3>
          <p>
            <label for="a-add">Add (comma-separated)</label>
            <input id="a-add" name="add" />
          </p>
          <p>
            <label for="a-remove">Remove</label>
            <input id="a-remove" name="remove" defaultValue="" placeholder={report.tags.join(', ')} />
          </p>
          <button type="submit" disabled={busy}>
            Update tags
          </button>
        </form>

        <form onSubmit={run('Merge', 'merge', (f) => ({ source: text(f, 'source'), reason: text(f, 'reason') }), (a) => `${a.source.id} merged into ${a.target.id}`)}>
          <h3>Merge</h3>
          <p>
            <label for="a-merge">Signature to merge into this one (id)</label>
            <input id="a-merge" name="source" required />
          </p>
          <button type="submit" disabled={busy}>
            Merge
          </button>
        </form>

        <form onSubmit={run('Split', 'split', (f) => ({ source: text(f, 'source'), reason: text(f, 'reason') }), (a) => `${a.source.id} split from ${a.target.id}`)}>
          <h3>Split</h3>
          <p>
            <label for="a-split">Merged signature to split out (id)</label>
            <input id="a-split" name="source" required />
          </p>
          <button type="submit" disabled={busy}>
            Split
          </button>
        </form>

        <div class="quick">
          <h3>Other</h3>
          <form onSubmit={run('Unmute', 'unmute', () => ({}), statusNow)}>
            <button type="submit" disabled={busy || !canUnmute} title={canUnmute ? undefined : 'Only a muted signature can be unmuted'}>
              Unmute
            </button>
          </form>
          <form onSubmit={run('Reset', 'reset', () => ({}), (a) => `${statusNow(a)}; diagnosis, resolution and mute cleared`)}>
            <button type="submit" disabled={busy}>
              Reset to new
            </button>
          </form>
          <form onSubmit={run('Diagnose now', 'diagnose', () => ({}), () => 'queued ahead of everything else')}>
            <button type="submit" disabled={busy}>
              Diagnose now
            </button>
          </form>
        </div>
      </div>
    </section>
  );
}

/** Drops undefined fields so the API sees only what was given. */
function clean(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}
