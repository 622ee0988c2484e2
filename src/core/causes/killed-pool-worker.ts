// A pool's worker process ended by SIGKILL while it ran a task, as the pool's parent reports it.
// A process killed so records nothing itself; what kills a busy worker with signal 9 is, almost
// always, the kernel's OOM killer once the worker's memory passes what its container (its cgroup)
// or the machine allows (Kubernetes docs, 'Assign Memory Resources to Containers and Pods': a
// container over its memory limit is terminated). Two pools word it:
//  - billiard (Celery's prefork pool): `WorkerLostError('Worker exited prematurely: signal 9
//    (SIGKILL) Job: N.')`, raised from billiard/pool.py's mark_as_worker_lost for the task the child
//    was running (celery/billiard#302: 'the container had to less memory … only with a big,
//    long-running task'; conda-incubator/conda-store#120: 'Cause: Lack of memory');
//  - gunicorn's arbiter: `Worker (pid:N) was sent SIGKILL! Perhaps out of memory?` (seen beside the
//    former in celery/billiard#380).
// Not read: the same pools' other ends — `signal 15 (SIGTERM)` (a shutdown or a deploy stopping the
// worker), `signal 11 (SIGSEGV)` or `signal 6` (a crash in native code), `exitcode 0` — nor the
// parent's own `Process 'ForkPoolWorker-N' … exited with 'signal 9 (SIGKILL)'` line, which billiard
// also logs after killing a child at the task's hard time limit (Celery's task_time_limit).
const CELERY_WORKER_KILLED = /\bWorker exited prematurely: signal 9 \(SIGKILL\)/;
const GUNICORN_WORKER_KILLED = /\bwas sent SIGKILL! Perhaps out of memory\?/;

export const KILLED_POOL_WORKER = new RegExp(`${CELERY_WORKER_KILLED.source}|${GUNICORN_WORKER_KILLED.source}`);

/** Which pool's words name the killed worker, for the wording. */
export function killedWorkerPool(text: string): 'Celery' | 'gunicorn' | undefined {
  if (CELERY_WORKER_KILLED.test(text)) return 'Celery';
  if (GUNICORN_WORKER_KILLED.test(text)) return 'gunicorn';
  return undefined;
}
