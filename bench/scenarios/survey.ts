import pg from 'pg';
import { sql } from 'kysely';
import { newOrganisation, newProject, newSurveyRound, newUser } from '../../apps/server/src/test/factories.js';
import { newSessionToken, sessionIdFor } from '../../apps/server/src/platform/auth/session-tokens.js';
import { openPostgres } from '../../apps/server/src/platform/db/database.js';
import { benchDatabase, startServer } from './concurrent.ts';

const RESPONSES = 2_500;
const CLIENTS = 50;

/** Deterministic answers: response i of the KTO. */
function answersFor(i: number) {
  const options = ['yes', 'partly', 'no'];
  return {
    works_satisfaction: 1 + ((i * 7) % 10),
    home_satisfaction: 1 + ((i * 3) % 10),
    neighbourhood_satisfaction: 1 + ((i * 11) % 10),
    informed: options[i % 3]!,
  };
}

/** Runs `work` for every item with `clients` workers at once. */
async function inParallel<T>(items: readonly T[], clients: number, work: (item: T, client: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = next++; i < items.length; i = next++) await work(items[i]!, client);
    }),
  );
}

async function measure() {
  const { handle, url, drop } = await benchDatabase('postgres');
  try {
    const db = handle.db;
    const welfare = await newOrganisation(db, { type: 'welfare' });
    const worker = await newUser(db, { organisationId: welfare.id });
    const project = await newProject(db, { members: [{ userId: worker.id, organisationId: welfare.id, role: 'community_worker' }] });
    const round = await newSurveyRound(db, project.id);
    // 2,500 homes with a household each, and a link per household (only the hash is stored).
    const addresses = await db
      .insertInto('addresses')
      .values(
        Array.from({ length: RESPONSES }, (_, i) => ({
          project_id: project.id,
          unit_id: `VHE-${i}`,
          street: `Straat ${Math.floor(i / 100)}`,
          house_number: i + 1,
          postcode: '6500 AB',
          city: 'Nijmegen',
        })),
      )
      .returning('id')
      .execute();
    const households = await db
      .insertInto('households')
      .values(addresses.map((a) => ({ address_id: a.id, moved_in_on: '2010-01-01' })))
      .returning('id')
      .execute();
    const tokens = households.map(() => newSessionToken());
    const expires = new Date(Date.now() + 86_400_000);
    await db
      .insertInto('survey_links')
      .values(
        households.map((h, i) => ({
          token_hash: sessionIdFor(tokens[i]!),
          round_id: round.id,
          household_id: h.id,
          building_phase_id: null,
          expires_at: expires,
        })),
      )
      .execute();
    const work = tokens.map((token, i) => ({ token, answers: answersFor(i) }));

    // Baseline: the same rows as bare INSERTs, one per row, by 50 connections at once.
    await sql`create table bare_responses (like survey_responses including defaults)`.execute(db);
    const connections = await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        return client;
      }),
    );
    const bareStart = performance.now();
    await inParallel(work, CLIENTS, async (w, c) => {
      await connections[c]!.query('insert into bare_responses (round_id, building_phase_id, channel, answers) values ($1, null, $2, $3)', [
        round.id,
        'link',
        JSON.stringify(w.answers),
      ]);
    });
    const bareMs = performance.now() - bareStart;
    await Promise.all(connections.map((c) => c.end()));
    const oneStart = performance.now();
    await sql`insert into bare_responses (round_id, building_phase_id, channel, answers) select round_id, building_phase_id, channel, answers from bare_responses`.execute(
      db,
    );
    const oneStatementMs = performance.now() - oneStart;
    await sql`drop table bare_responses`.execute(db);

    // The server as it runs in production: its own pool (the app's default of 10 connections, or BENCH_POOL).
    const serverHandle = openPostgres(url!, Number(process.env.BENCH_POOL ?? 10));
    const { app, base } = await startServer(serverHandle);
    try {
      // 50 residents' phones: each fetches the CSRF token like the web page, then answers its links.
      const clients = await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          const response = await fetch(`${base}/api/auth/session`);
          const csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
          const cookie = response.headers
            .getSetCookie()
            .map((c) => c.split(';')[0])
            .join('; ');
          return (body: unknown) =>
            fetch(`${base}/api/survey-links/respond`, {
              method: 'POST',
              body: JSON.stringify(body),
              headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie },
            });
        }),
      );
      const statuses = new Map<number, number>();
      const start = performance.now();
      await inParallel(work, CLIENTS, async (w, c) => {
        const response = await clients[c]!(w);
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      });
      const thuisMs = performance.now() - start;

      // Every response exactly once: as many as sent, the same answers, every link used, and a second use refused.
      const stored = await db.selectFrom('survey_responses').where('round_id', '=', round.id).select('answers').execute();
      const key = (a: object) => JSON.stringify(Object.entries(a).sort());
      const sent = work.map((w) => key(w.answers)).sort();
      const got = stored.map((s) => key(s.answers)).sort();
      const unused = await db
        .selectFrom('survey_links')
        .where('round_id', '=', round.id)
        .where('used', '=', false)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const again = await Promise.all(work.slice(0, 20).map(async (w, i) => (await clients[i % CLIENTS]!(w)).status));
      const after = await db
        .selectFrom('survey_responses')
        .where('round_id', '=', round.id)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const exactlyOnce =
        statuses.get(201) === RESPONSES &&
        got.length === RESPONSES &&
        sent.every((s, i) => s === got[i]) &&
        Number(unused.n) === 0 &&
        again.every((s) => s === 400) &&
        Number(after.n) === RESPONSES;
      return { bareMs, oneStatementMs, thuisMs, statuses, exactlyOnce, stored: got.length };
    } finally {
      await app.close();
      await serverHandle.close();
    }
  } finally {
    await handle.close();
    await drop();
  }
}

export const surveyScenario = {
  description: `${RESPONSES.toLocaleString('nl-NL')} resident-link responses submitted over HTTP by ${CLIENTS} clients at once against PostgreSQL, against bare INSERTs of the same rows by ${CLIENTS} connections`,
  async run() {
    const r = await measure();
    const perSecond = (ms: number) => Math.round((RESPONSES / ms) * 1000);
    return {
      ok: r.exactlyOnce,
      target: 'every response stored exactly once (as many as sent, the same answers, every link used, a second use refused and nothing more stored)',
      lines: [
        `bare INSERT, one row per statement over ${CLIENTS} connections: ${Math.round(r.bareMs)} ms (${perSecond(r.bareMs)}/s); all rows in one INSERT … SELECT: ${Math.round(r.oneStatementMs)} ms`,
        `Thuis over HTTP (throttle check; link claimed with its survey, answers checked and response stored in one transaction): ${Math.round(r.thuisMs)} ms (${perSecond(r.thuisMs)}/s)`,
        `throughput ratio Thuis / bare INSERT: ${(r.bareMs / r.thuisMs).toFixed(2)} (Thuis takes ${(r.thuisMs / r.bareMs).toFixed(1)} × as long)`,
        `answers: ${[...r.statuses].map(([s, n]) => `${n} × ${s}`).join(', ')}; stored ${r.stored}; exactly once: ${r.exactlyOnce ? 'yes' : 'NO'}`,
      ],
    };
  },
};
