// Sign-in: the API key is checked once by the server, which answers with an HttpOnly session
// cookie; the page never stores the key.
import { useState } from 'preact/hooks';
import { ApiFailure, post } from './api';
import type { SessionInfo } from './types';

export function Login({ authRequired, onSignedIn }: { authRequired: boolean; onSignedIn: (s: SessionInfo) => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(undefined);
    try {
      const answer = await post<{ actor: string; traceLinks: SessionInfo['traceLinks'] }>('/console/session', { key: String(form.get('key') ?? ''), name: String(form.get('name') ?? '') });
      onSignedIn({ authRequired, signedIn: true, actor: answer.actor, traceLinks: answer.traceLinks });
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" class="login">
      <h1>Sign in to Rounds</h1>
      <p>Use the API key this Rounds was started with (WEBHOOK_API_KEY). The browser keeps a session cookie, not the key.</p>
      <form onSubmit={submit} aria-describedby={error ? 'login-error' : undefined}>
        {authRequired ? (
          <p>
            <label for="login-key">API key</label>
            <input id="login-key" name="key" type="password" autocomplete="current-password" required autofocus />
          </p>
        ) : null}
        <p>
          <label for="login-name">Your name</label>
          <input id="login-name" name="name" type="text" autocomplete="username" maxLength={64} placeholder="console" aria-describedby="login-name-hint" />
          <span id="login-name-hint" class="hint">
            Changes you make are recorded as web:&lt;name&gt; in each signature's history.
          </span>
        </p>
        {error ? (
          <p id="login-error" class="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
