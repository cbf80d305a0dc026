import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queries } from '../api.js';
import type { StreamState } from '../generated/query-runtime.js';
import { Board } from './Board.js';
import { Loading } from './Field.js';
import { Members } from './Members.js';
import { TaskDetail } from './TaskDetail.js';

const STATE_LABELS: Record<StreamState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
  closed: 'Not receiving updates',
};

/** One project: live connection state, the board, the open task, and its members. */
export function ProjectView({ projectId, onBack }: { projectId: string; onBack: () => void }) {
  const project = useQuery(queries.projects.get({ projectId }));
  const [taskId, setTaskId] = useState<string | undefined>();
  const [live, setLive] = useState<StreamState>('connecting');
  const queryClient = useQueryClient();

  // Other people's changes arrive over Server-Sent Events and refresh exactly the queries they touch.
  useEffect(
    () => queries.events.stream(queryClient, { projectId }, { onStateChange: setLive }),
    [queryClient, projectId],
  );

  return (
    <section aria-labelledby="project-title">
      <div className="project-head">
        <button type="button" className="link" onClick={onBack}>
          ← Projects
        </button>
        <h2 id="project-title">{project.data?.name ?? 'Project'}</h2>
        <output className={`live live-${live}`} data-testid="live-state" data-state={live}>
          {STATE_LABELS[live]}
        </output>
      </div>
      {project.isPending ? <Loading what="the project" /> : null}
      <div className="project-body">
        <Board projectId={projectId} onOpen={setTaskId} />
        {taskId && <TaskDetail projectId={projectId} taskId={taskId} onClose={() => setTaskId(undefined)} />}
      </div>
      <Members projectId={projectId} />
    </section>
  );
}
