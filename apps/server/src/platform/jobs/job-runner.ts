import type { FastifyBaseLogger } from 'fastify';

export type JobHandler = () => Promise<boolean>;

/**
 * Runs background work kept in PostgreSQL tables. Each handler claims one unit of work with
 * `FOR UPDATE SKIP LOCKED` and a lease, so several app instances can run it without doing it twice.
 * Each kind of work runs on its own, so a long import does not hold up a batch of letters.
 * Polls every `intervalMs`; `nudge()` starts a round at once (after a request queued work).
 */
export function startJobRunner(handlers: JobHandler[], log: FastifyBaseLogger, intervalMs = 1000) {
  const running = new Set<JobHandler>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function drain(handler: JobHandler) {
    if (running.has(handler) || stopped) return;
    running.add(handler);
    try {
      while (!stopped && (await handler()));
    } catch (error) {
      log.error({ err: error }, 'background job failed');
    } finally {
      running.delete(handler);
    }
  }
  const round = () => Promise.all(handlers.map(drain));

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      void round();
      schedule();
    }, intervalMs);
  };
  schedule();

  return {
    nudge() {
      void round();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      while (running.size > 0) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
export type JobRunner = ReturnType<typeof startJobRunner>;
