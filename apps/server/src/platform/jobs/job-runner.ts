import type { FastifyBaseLogger } from 'fastify';

export type JobHandler = () => Promise<boolean>;

/**
 * Runs background work kept in PostgreSQL tables. Each handler claims one unit of work with
 * `FOR UPDATE SKIP LOCKED` and a lease, so several app instances can run it without doing it twice.
 * Polls every `intervalMs`; `nudge()` starts a round at once (after a request queued work).
 */
export function startJobRunner(handlers: JobHandler[], log: FastifyBaseLogger, intervalMs = 1000) {
  let running = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function round() {
    if (running || stopped) return;
    running = true;
    try {
      for (let worked = true; worked && !stopped; ) {
        worked = false;
        for (const handler of handlers) worked = (await handler()) || worked;
      }
    } catch (error) {
      log.error({ err: error }, 'background job failed');
    } finally {
      running = false;
    }
  }

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void round().finally(schedule), intervalMs);
  };
  schedule();

  return {
    nudge() {
      void round();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      while (running) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
export type JobRunner = ReturnType<typeof startJobRunner>;
