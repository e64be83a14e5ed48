import type { FastifyBaseLogger, FastifyInstance } from 'fastify';

/**
 * Does one unit of work, if any, and says whether there was one. `interrupted` is aborted when the
 * server stops and gives up waiting for the work: the handler must then leave its job as it is
 * (not mark it failed), so that the job is taken up again once its lock runs out.
 */
export type JobHandler = (interrupted: AbortSignal) => Promise<boolean>;

/**
 * Runs background work kept in PostgreSQL tables. Each handler claims one unit of work with
 * `FOR UPDATE SKIP LOCKED` and a lease, so several app instances can run it without doing it twice.
 * Each kind of work runs on its own, so a long import does not hold up a batch of letters.
 * Polls every `intervalMs`; `nudge()` starts a round at once (after a request queued work).
 *
 * Stopping: `stopClaiming()` takes no new work; `stop(timeoutMs)` also waits for the work in hand.
 * Work still running after the timeout is interrupted and left to its lease: a job whose lock runs
 * out is claimed again by the next start (or another instance), never lost and never run by two.
 */
export function startJobRunner(handlers: JobHandler[], log: FastifyBaseLogger, intervalMs = 1000) {
  const running = new Map<JobHandler, Promise<void>>();
  const interruption = new AbortController();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function loop(handler: JobHandler) {
    try {
      while (!stopped && (await handler(interruption.signal)));
    } catch (error) {
      if (interruption.signal.aborted) log.warn({ err: error }, 'background job interrupted by the stop: it is taken up again when its lock runs out');
      else log.error({ err: error }, 'background job failed');
    } finally {
      running.delete(handler);
    }
  }
  function drain(handler: JobHandler) {
    if (running.has(handler) || stopped) return;
    running.set(handler, loop(handler));
  }
  const round = () => handlers.forEach(drain);

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      round();
      schedule();
    }, intervalMs);
  };
  schedule();

  function stopClaiming() {
    stopped = true;
    if (timer) clearTimeout(timer);
  }

  return {
    nudge() {
      round();
    },
    stopClaiming,
    /** How many kinds of work are busy now. */
    get busy() {
      return running.size;
    },
    /**
     * Takes no new work and waits for the work in hand, at most `timeoutMs`. Resolves true when all
     * work finished, false when some was interrupted (left to its lease).
     */
    async stop(timeoutMs = Number.POSITIVE_INFINITY): Promise<boolean> {
      stopClaiming();
      const finished = Promise.all(running.values()).then(() => true);
      let timeout: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<false>((resolve) => {
        if (Number.isFinite(timeoutMs)) timeout = setTimeout(() => resolve(false), timeoutMs);
      });
      const done = await Promise.race([finished, gaveUp]);
      clearTimeout(timeout);
      if (!done) {
        log.warn({ jobs: running.size }, 'stopping without waiting longer for background jobs: they are taken up again when their lock runs out');
        interruption.abort();
      }
      return done;
    },
  };
}
export type JobRunner = ReturnType<typeof startJobRunner>;

/**
 * Ties the runner to the server's close: no new work from the moment the server starts to close;
 * the work in hand may finish while the requests in hand are answered, within the same `timeoutMs`.
 */
export function stopJobsOnClose(app: FastifyInstance, jobs: JobRunner, timeoutMs: number) {
  let closingAt = 0;
  app.addHook('preClose', async () => {
    closingAt = Date.now();
    jobs.stopClaiming();
  });
  app.addHook('onClose', async () => {
    await jobs.stop(Math.max(0, timeoutMs - (Date.now() - (closingAt || Date.now()))));
  });
}
