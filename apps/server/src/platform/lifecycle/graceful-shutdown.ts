import type { FastifyInstance } from 'fastify';

/**
 * Stops the server without cutting anyone off: no new connections (a request on an open
 * connection gets 503), the requests in hand are answered, background jobs claim no new work and
 * the work in hand finishes (see app.ts's close hooks and the job runner), then the database closes.
 * After `timeoutMs` the connections of requests still running are closed; jobs still running are
 * left to their lease and taken up again by the next start.
 * Resolves true when no request had to be cut off.
 */
export async function shutDown(app: FastifyInstance, database: { close(): Promise<void> }, timeoutMs: number): Promise<boolean> {
  let inTime = true;
  const cutOff = setTimeout(() => {
    app.server.getConnections((error, open) => {
      if (error || open === 0) return;
      inTime = false;
      app.log.warn({ connections: open }, 'requests still running when the shutdown time ran out: closing their connections');
      app.server.closeAllConnections();
    });
  }, timeoutMs);
  // A keep-alive connection (a browser's, a proxy's) whose request is answered after the close began
  // would keep the server open until the time runs out: close each one as soon as it falls idle.
  const idleCloser = setInterval(() => app.server.closeIdleConnections(), 50);
  try {
    await app.close();
  } finally {
    clearTimeout(cutOff);
    clearInterval(idleCloser);
  }
  await database.close();
  return inTime;
}

type Signal = 'SIGTERM' | 'SIGINT';

/**
 * Calls `stop` once on SIGTERM (container platforms) or SIGINT (Ctrl-C), then exits; a second
 * signal while stopping exits at once.
 */
export function onStopSignals(
  stop: (signal: Signal) => Promise<unknown>,
  { target = process as NodeJS.EventEmitter, exit = (code: number): void => process.exit(code) } = {},
): void {
  let stopping = false;
  const handle = (signal: Signal) => {
    if (stopping) return exit(1);
    stopping = true;
    stop(signal).then(
      () => exit(0),
      (error: unknown) => {
        console.error('stopping failed:', error);
        exit(1);
      },
    );
  };
  target.on('SIGTERM', () => handle('SIGTERM'));
  target.on('SIGINT', () => handle('SIGINT'));
}
