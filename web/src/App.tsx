import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, onSignedOut, queries } from './api.js';
import { AuthForms } from './components/AuthForms.js';
import { Loading } from './components/Field.js';
import { ProjectList } from './components/ProjectList.js';
import { ProjectView } from './components/ProjectView.js';

type SessionState = 'restoring' | 'signed-in' | 'signed-out';

export function App() {
  const [session, setSession] = useState<SessionState>('restoring');
  const [projectId, setProjectId] = useState<string | undefined>();
  const queryClient = useQueryClient();

  useEffect(() => {
    // Session restore: the refresh cookie (httpOnly) survives a reload; the access token lives in memory only.
    let active = true;
    api.session.refresh().then(
      (token) => active && setSession(token ? 'signed-in' : 'signed-out'),
      () => active && setSession('signed-out'),
    );
    onSignedOut(() => setSession('signed-out'));
    return () => {
      active = false;
    };
  }, []);

  const me = useQuery({ ...queries.auth.getCurrentUser(), enabled: session === 'signed-in' });

  if (session === 'restoring') return <Loading what="your session" />;
  if (session === 'signed-out')
    return (
      <main>
        <h1>Task Board</h1>
        <AuthForms onSignedIn={() => setSession('signed-in')} />
      </main>
    );

  const logout = async () => {
    await api.auth.logout().catch(() => undefined);
    api.session.clear();
    queryClient.clear();
    setProjectId(undefined);
    setSession('signed-out');
  };

  return (
    <main>
      <header className="top">
        <h1>
          <button type="button" className="link" onClick={() => setProjectId(undefined)}>
            Task Board
          </button>
        </h1>
        <span data-testid="signed-in-as">{me.data ? `Signed in as ${me.data.displayName}` : ''}</span>
        <button type="button" onClick={logout}>
          Log out
        </button>
      </header>
      {projectId ? (
        <ProjectView projectId={projectId} onBack={() => setProjectId(undefined)} />
      ) : (
        <ProjectList onOpen={setProjectId} />
      )}
    </main>
  );
}
