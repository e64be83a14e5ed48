import { sql } from 'kysely';
import { newOrganisation, newProject, newUser } from '../../apps/server/src/test/factories.js';
import { benchDatabase, benchEngines, browserFor, otherUser, pause, startServer, type Engine } from './concurrent.ts';

const LETTERS = 1000;
const TARGET_WAIT_MS = 1000;

/** One engine: 1,000 invitation letters made through the running server while another user's request is timed. */
async function measure(engine: Engine) {
  const { handle, drop } = await benchDatabase(engine);
  try {
    const db = handle.db;
    const corporation = await newOrganisation(db, { type: 'corporation' });
    const leader = await newUser(db, { organisationId: corporation.id, name: 'Sanne Leider' });
    const colleague = await newUser(db, { organisationId: corporation.id, name: 'Kees Collega' });
    const project = await newProject(db, {
      members: [
        { userId: leader.id, organisationId: corporation.id, role: 'project_leader' },
        { userId: colleague.id, organisationId: corporation.id, role: 'housing_consultant' },
      ],
    });
    // 1,000 homes, each with a household and a visit by two people in December 2026.
    await sql`
      insert into addresses (project_id, unit_id, street, house_number, postcode, city)
      select ${project.id}, 'VHE-' || n, 'Lankforst', n, '6538 AB', 'Nijmegen' from generate_series(1, ${LETTERS}) n`.execute(db);
    await sql`insert into households (address_id) select id from addresses where project_id = ${project.id}`.execute(db);
    await sql`
      insert into household_contacts (household_id, name)
      select h.id, 'Fam. Bewoner ' || a.house_number from households h join addresses a on a.id = h.address_id where a.project_id = ${project.id}`.execute(db);
    await sql`
      insert into visits (project_id, address_id, kind, starts_at, ends_at, note)
      select ${project.id}, id, 'joint_intake', timestamptz '2026-12-01 09:00+01' + (house_number || ' hours')::interval,
        timestamptz '2026-12-01 10:00+01' + (house_number || ' hours')::interval, ''
      from addresses where project_id = ${project.id}`.execute(db);
    await sql`
      insert into visit_visitors (visit_id, user_id)
      select v.id, u.id from visits v cross join (values (${leader.id}::uuid), (${colleague.id}::uuid)) u(id) where v.project_id = ${project.id}`.execute(db);
    const visitIds = (await db.selectFrom('visits').where('project_id', '=', project.id).select('id').execute()).map((v) => v.id);

    const { app, base } = await startServer(handle);
    try {
      const browser = await browserFor(handle, base, leader.id);
      const other = await browserFor(handle, base, colleague.id);
      const watcher = otherUser(`${base}/api/projects/${project.id}`, other.cookie());
      const start = performance.now();
      const job = await browser.json('POST', `/api/projects/${project.id}/letters`, { visitIds });
      const steps = new Set<number>();
      for (let state = job; state.status !== 'done'; state = await browser.json('GET', `/api/projects/${project.id}/letters/${job.id}`)) {
        if (state.status === 'failed') throw new Error('the letters job failed');
        steps.add(state.done);
        await pause(250);
      }
      const pdf = await browser.call('GET', `/api/projects/${project.id}/letters/${job.id}/pdf`);
      const bytes = (await pdf.arrayBuffer()).byteLength;
      const lettersMs = performance.now() - start;
      const { longest, count } = await watcher.stop();
      return { lettersMs, bytes, steps: steps.size, longest, count };
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
    await drop();
  }
}

export const lettersScenario = {
  description: `${LETTERS.toLocaleString('nl-NL')} invitation letters made through the running server, with another user's request timed every 100 ms`,
  async run() {
    const lines: string[] = [];
    let ok = true;
    for (const engine of benchEngines()) {
      const r = await measure(engine);
      ok &&= r.longest < TARGET_WAIT_MS;
      lines.push(
        `${engine}: ${LETTERS} letters ready to download after ${Math.round(r.lettersMs)} ms (${Math.round(r.bytes / 1024)} KiB, progress seen at ${r.steps} points); ` +
          `longest wait of another user's request: ${Math.round(r.longest)} ms (${r.count} requests)`,
      );
    }
    return { ok, target: `another user's request answered within ${TARGET_WAIT_MS} ms while the letters are made, on each engine`, lines };
  },
};
