// A sample's stack trace: the application's own frames stand out, consecutive library frames
// fold into one line that opens on demand. Falls back to the raw text when the runtime's
// trace format is not one the parser knows.
import type { Frame, SampleStack } from './types';

function where(f: Frame): string {
  const pos = f.file ? `${f.file}${f.line !== undefined ? `:${f.line}` : ''}${f.column !== undefined ? `:${f.column}` : ''}` : '';
  return pos;
}

function name(f: Frame): string {
  if (f.module && f.function) return `${f.module}.${f.function}`;
  return f.function ?? f.module ?? '(anonymous)';
}

function FrameLine({ frame }: { frame: Frame }) {
  return (
    <li class={frame.inApp ? 'frame in-app' : 'frame'}>
      <span class="fn">{name(frame)}</span> <span class="loc">{where(frame)}</span>
      {frame.inApp ? <span class="tag">in app</span> : null}
    </li>
  );
}

/** Groups runs of library frames so they can be folded. */
function groups(frames: Frame[]): (Frame | Frame[])[] {
  const out: (Frame | Frame[])[] = [];
  for (const f of frames) {
    const last = out[out.length - 1];
    if (f.inApp) out.push(f);
    else if (Array.isArray(last)) last.push(f);
    else out.push([f]);
  }
  return out;
}

export function StackTrace({ stack, raw }: { stack?: SampleStack; raw?: string }) {
  if (!stack || stack.exceptions.length === 0 || stack.exceptions.every((e) => e.frames.length === 0)) {
    return raw ? <pre class="raw-stack" tabIndex={0} aria-label="Stack trace">{raw}</pre> : <p class="muted">This sample has no stack trace.</p>;
  }
  return (
    <div class="stack" aria-label="Stack trace">
      {stack.exceptions.map((e, i) => (
        <section class="exception">
          <h4>
            {i > 0 ? <span class="relation">{e.relation === 'cause' || !e.relation ? 'Caused by' : e.relation}: </span> : null}
            <span class="type">{e.type}</span>
            {e.message ? <span class="msg">: {e.message}</span> : null}
          </h4>
          <ol class="frames">
            {groups(e.frames).map((g) =>
              Array.isArray(g) ? (
                <li class="library">
                  <details>
                    <summary>
                      {g.length} library frame{g.length === 1 ? '' : 's'}
                    </summary>
                    <ol class="frames">
                      {g.map((f) => (
                        <FrameLine frame={f} />
                      ))}
                    </ol>
                  </details>
                </li>
              ) : (
                <FrameLine frame={g} />
              ),
            )}
          </ol>
        </section>
      ))}
      <p class="muted small">Crash site first · runtime: {stack.runtime} · in-app rules: IN_APP_INCLUDE / IN_APP_EXCLUDE</p>
    </div>
  );
}
