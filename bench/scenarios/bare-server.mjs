// The baseline of the api/scale benchmarks: a bare Fastify + pg server that answers each route by
// running the SQL the app ran for it (captured from the app in the same run), nothing else.
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const app = Fastify({ logger: false });
process.once('message', async (/** @type {{ routes: { path: string; queries: { sql: string; parameters: unknown[] }[] }[] }} */ spec) => {
  for (const route of spec.routes)
    app.get(route.path, async () => {
      const results = await Promise.all(route.queries.map((q) => pool.query(q.sql, q.parameters)));
      return results.map((r) => r.rows);
    });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.send({ port: app.server.address().port });
});
process.on('SIGTERM', async () => {
  await app.close();
  await pool.end();
  process.exit(0);
});
