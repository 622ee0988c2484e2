// The Rounds web console: a client-rendered Preact app served by Rounds on the API port.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { get, post, whenUnauthorized } from './api';
import { DetailPage } from './detail';
import { ListPage } from './list';
import { Login } from './login';
import { navigate, onLinkClick, useLocation } from './router';
import type { SessionInfo } from './types';

function App() {
  const { path } = useLocation();
  const [session, setSession] = useState<SessionInfo>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    whenUnauthorized(() => setSession((s) => (s ? { ...s, signedIn: false, actor: null } : s)));
    get<SessionInfo>('/console/api/session').then(setSession, (e) => setError(String(e?.message ?? e)));
  }, []);

  if (error) {
    return (
      <main id="main">
        <p class="error" role="alert">
          {error}
        </p>
      </main>
    );
  }
  if (!session) return <p class="loading">Loading Rounds…</p>;
  if (!session.signedIn) return <Login authRequired={session.authRequired} onSignedIn={setSession} />;

  const detail = /^\/signatures\/([^/]+)\/?$/.exec(path);
  const signOut = async () => {
    await post('/console/session/end').catch(() => undefined);
    setSession({ ...session, signedIn: false, actor: null });
    navigate('/', true);
  };
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a href="/" onClick={onLinkClick} class="brand">
          Rounds
        </a>
        <span class="who">
          Signed in as <strong>{session.actor}</strong>
          {session.authRequired ? (
            <button type="button" class="link" onClick={signOut}>
              Sign out
            </button>
          ) : null}
        </span>
      </header>
      {detail ? (
        <DetailPage id={decodeURIComponent(detail[1])} traceLinks={session.traceLinks} />
      ) : path === '/' ? (
        <ListPage />
      ) : (
        <main id="main">
          <h1>Not found</h1>
          <p>
            <a href="/" onClick={onLinkClick}>
              All signatures
            </a>
          </p>
        </main>
      )}
    </>
  );
}

render(<App />, document.getElementById('app')!);
