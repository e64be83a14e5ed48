import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile, newOrganisation, newProject, newUser } from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

// Streets with the letters Excel's "CSV (gescheiden door lijstscheidingsteken)" writes as single
// Windows-1252 bytes: é ë ï ö ü Ë and the curly apostrophe ‘ (0x91, not in Latin-1).
const streets = ['Pieter Lastmanstraat', 'Ëllastraat', 'Rijnkade ‘t Hoogt', 'Kröller-Müllerweg', 'Ruïnepad', 'Reünielaan', 'Cafépad', 'Coöperatiestraat'];
const header = ['VHE-nummer', 'Straat', 'Huisnummer', 'Toevoeging', 'Postcode', 'Plaats', 'Complex', 'Woningtype'];
function table(): string[][] {
  return streets.map((street, i) => [`VHE-${i + 1}`, street, String(i + 1), '', '6538 AB', 'Nijmegen', '', 'eengezinswoning']);
}
/** The text of a CSV file as a spreadsheet program writes it: CRLF line ends. */
const csvText = (separator: string, rows = table()) => `${[header, ...rows].map((r) => r.join(separator)).join('\r\n')}\r\n`;
/** Excel on a Dutch Windows machine: Windows-1252 bytes, semicolons, CRLF. */
const excelCsv = () => iconv.encode(csvText(';'), 'windows-1252');

async function leader() {
  const corporation = await newOrganisation(t.database.db, { type: 'corporation' });
  const user = await newUser(t.database.db, { organisationId: corporation.id });
  const project = await newProject(t.database.db, { members: [{ userId: user.id, organisationId: corporation.id, role: 'project_leader' }] });
  return { client: await clientFor(t.app, t.database.db, user.id), projectId: project.id };
}

async function upload(client: TestClient, projectId: string, fileName: string, content: Buffer | string) {
  const { payload, headers } = multipartFile(fileName, content);
  return client.request({ method: 'POST', url: `/api/projects/${projectId}/imports`, payload, headers });
}

async function waitFor(client: TestClient, url: string, status: string) {
  for (let i = 0; i < 200; i++) {
    const job = (await client.get(url)).json();
    if (job.status === status) return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`import did not reach ${status}`);
}

describe('reading the files Dutch offices make', () => {
  it("reads Excel's own CSV (Windows-1252, semicolons, CRLF) with every é, ë, ï, ü intact, through to the addresses", async () => {
    const { client, projectId } = await leader();
    const uploaded = await upload(client, projectId, 'adressen.csv', excelCsv());
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const job = uploaded.json();
    expect(job.format).toEqual({ encoding: 'windows-1252', delimiter: 'semicolon' });
    expect(job.headers).toEqual(header);
    expect(job.sample.map((row: string[]) => row[1])).toEqual(streets.slice(0, 5));

    const url = `/api/projects/${projectId}/imports/${job.id}`;
    await client.put(`${url}/mapping`, { mapping: job.mapping });
    expect(await waitFor(client, url, 'checked')).toMatchObject({ problemCount: 0, newCount: streets.length });
    await client.post(`${url}/commit`);
    await waitFor(client, url, 'committed');
    const stored = await t.database.db.selectFrom('addresses').where('project_id', '=', projectId).select('street').orderBy('house_number').execute();
    expect(stored.map((a) => a.street)).toEqual(streets);
  });

  it('reads Excel\'s "CSV UTF-8" (with a byte order mark) and "Unicode-tekst" (UTF-16, tabs)', async () => {
    const { client, projectId } = await leader();
    const utf8 = (await upload(client, projectId, 'adressen.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(';'))]))).json();
    expect(utf8.format).toEqual({ encoding: 'utf-8', delimiter: 'semicolon' });
    expect(utf8.headers[0]).toBe('VHE-nummer'); // no byte order mark left in the first header
    expect(utf8.sample[1][1]).toBe('Ëllastraat');

    const unicodeText = (
      await upload(client, projectId, 'adressen.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csvText('\t'), 'utf-16le')]))
    ).json();
    expect(unicodeText.format).toEqual({ encoding: 'utf-16le', delimiter: 'tab' });
    expect(unicodeText.mapping).toMatchObject({ unitId: 0, street: 1, postcode: 4, city: 5 });
    expect(unicodeText.sample[2][1]).toBe('Rijnkade ‘t Hoogt');
  });

  it('reads a file separated by | or tabs into its columns, and says so when it cannot find the separator', async () => {
    const { client, projectId } = await leader();
    for (const [separator, name] of [
      ['|', 'pipe'],
      ['\t', 'tab'],
      [',', 'comma'],
    ] as const) {
      const job = (await upload(client, projectId, 'adressen.csv', csvText(separator))).json();
      expect(job.format, name).toEqual({ encoding: 'utf-8', delimiter: name });
      expect(job.headers, name).toEqual(header);
      expect(job.mapping, name).toMatchObject({ unitId: 0, houseNumber: 2, postcode: 4, city: 5 });
    }
    // Quoted cells may hold the other separators.
    const quoted = (
      await upload(client, projectId, 'adressen.csv', 'VHE;Straat;Huisnummer;Postcode;Plaats\r\nVHE-1;"Lankforst, achterom";1;6538 AB;"Nijmegen; Gld"\r\n')
    ).json();
    expect(quoted.sample[0]).toEqual(['VHE-1', 'Lankforst, achterom', '1', '6538 AB', 'Nijmegen; Gld']);

    const colons = await upload(client, projectId, 'adressen.csv', csvText(':'));
    expect(colons.statusCode).toBe(400);
    expect(colons.json().fields).toEqual([
      {
        path: 'file',
        message: 'Bestand: het scheidingsteken tussen de kolommen is niet herkend. Zet een puntkomma, komma, tab of verticale streep (|) tussen de kolommen.',
      },
    ]);
  });

  it('reads the file again in the character set and separator the user chooses, and refuses a reading with unreadable characters', async () => {
    const { client, projectId } = await leader();
    const job = (await upload(client, projectId, 'adressen.csv', excelCsv())).json();
    const format = (body: object) => client.put(`/api/projects/${projectId}/imports/${job.id}/format`, body);

    const asUtf8 = await format({ encoding: 'utf-8', delimiter: 'semicolon' });
    expect(asUtf8.statusCode).toBe(400);
    expect(asUtf8.json().fields[0].message).toBe(
      'Bestand: rij 3 bevat een teken dat in de tekenset UTF-8 niet te lezen is (�). Kies de tekenset waarin het bestand is opgeslagen, of sla het in Excel op als "CSV UTF-8".',
    );
    // The refused reading changed nothing.
    expect((await client.get(`/api/projects/${projectId}/imports/${job.id}`)).json()).toMatchObject({
      format: { encoding: 'windows-1252' },
      sample: job.sample,
    });

    const asMac = (await format({ encoding: 'macintosh', delimiter: 'semicolon' })).json();
    expect(asMac).toMatchObject({ status: 'uploaded', format: { encoding: 'macintosh', delimiter: 'semicolon' } });
    expect(asMac.sample[1][1]).not.toBe('Ëllastraat');
    const asComma = (await format({ encoding: 'windows-1252', delimiter: 'comma' })).json();
    expect(asComma.headers).toEqual([header.join(';')]);
    expect(asComma.mapping).toEqual({});
    const back = (await format({ encoding: 'windows-1252', delimiter: 'semicolon' })).json();
    expect(back).toMatchObject({ headers: header, mapping: { unitId: 0, street: 1 } });
    expect(back.sample[1][1]).toBe('Ëllastraat');

    const xlsx = new ExcelJS.Workbook();
    xlsx.addWorksheet('Eenheden').addRows([
      ['VHE', 'Straat', 'Huisnummer', 'Postcode', 'Plaats'],
      ['1', 'Spoorstraat', 4, '6512 AB', 'Nijmegen'],
    ]);
    const sheetJob = (await upload(client, projectId, 'eenheden.xlsx', Buffer.from(await xlsx.xlsx.writeBuffer()))).json();
    expect(sheetJob.format).toBeNull();
    const refused = await client.put(`/api/projects/${projectId}/imports/${sheetJob.id}/format`, { encoding: 'utf-8', delimiter: 'comma' });
    expect(refused.json().fields[0].message).toBe('Bestand: tekenset en scheidingsteken horen alleen bij een CSV-bestand.');
  });

  it('refuses a file that holds replacement characters (damaged before it came here), naming the row', async () => {
    const { client, projectId } = await leader();
    const rows = table();
    rows[3]![1] = 'Kr�ller-M�llerweg';
    const response = await upload(client, projectId, 'adressen.csv', csvText(';', rows));
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].message).toMatch(/^Bestand: rij 5 bevat een teken dat in de tekenset UTF-8 niet te lezen is/);
  });
});

describe('no file answers with a server error', () => {
  const bigXlsx = async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Eenheden').addRows([header, ...table()]);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
  const wideHeader = `${Array.from({ length: 250 }, (_, i) => `Kolom ${i + 1}`).join(';')}\r\n${Array.from({ length: 250 }, () => 'x').join(';')}\r\n`;
  const nasty: [string, string, () => Promise<Buffer | string> | Buffer | string, string][] = [
    [
      'a NUL byte in the header row',
      'adressen.csv',
      () => `VHE;Str\u0000aat;Huisnummer;Postcode;Plaats\r\nVHE-1;Lankforst;1;6538 AB;Nijmegen\r\n`,
      'Bestand: rij 1 bevat een nulteken (NUL): dit is geen gewoon tekstbestand, of het is beschadigd. Sla het opnieuw op als CSV of XLSX.',
    ],
    ['an empty file', 'adressen.csv', () => '', 'Bestand: dit bestand heeft geen rijen onder de kopregel.'],
    ['only a header', 'adressen.csv', () => `${header.join(';')}\r\n`, 'Bestand: dit bestand heeft geen rijen onder de kopregel.'],
    [
      'only blank rows, as Excel writes them',
      'adressen.csv',
      () => ';;;\r\n;;;\r\n\r\n',
      'Bestand: dit bestand kan niet gelezen worden; gebruik een CSV- of XLSX-bestand met kopregel.',
    ],
    [
      'a quotation mark that is never closed',
      'adressen.csv',
      () => `${header.join(';')}\r\nVHE-1;"Lankforst;1;;6538 AB;Nijmegen;;\r\nVHE-2;Lankforst;2;;6538 AB;Nijmegen;;\r\n`,
      'Bestand: op rij 2 staat een aanhalingsteken (") dat niet wordt gesloten.',
    ],
    ['250 columns', 'adressen.csv', () => wideHeader, 'Bestand: dit bestand heeft 250 kolommen; er kunnen er hoogstens 200 worden gelezen.'],
    ['text named .xlsx', 'adressen.xlsx', () => csvText(';'), 'Bestand: dit bestand kan niet gelezen worden; gebruik een CSV- of XLSX-bestand met kopregel.'],
    [
      'an empty zip named .xlsx',
      'adressen.xlsx',
      () => emptyZip,
      'Bestand: dit bestand kan niet gelezen worden; gebruik een CSV- of XLSX-bestand met kopregel.',
    ],
    [
      'a cut-off XLSX',
      'adressen.xlsx',
      async () => (await bigXlsx()).subarray(0, 2000),
      'Bestand: dit bestand kan niet gelezen worden; gebruik een CSV- of XLSX-bestand met kopregel.',
    ],
    ['an XLSX named .csv', 'adressen.csv', bigXlsx, 'Bestand: dit bestand kan niet gelezen worden; gebruik een CSV- of XLSX-bestand met kopregel.'],
  ];

  it.each(nasty)('refuses %s on both imports, saying why', async (_, fileName, content, message) => {
    const { client, projectId } = await leader();
    const bytes = await content();
    for (const url of [`/api/projects/${projectId}/imports`, `/api/projects/${projectId}/registration-imports`]) {
      const { payload, headers } = multipartFile(fileName, bytes);
      const response = await client.request({ method: 'POST', url, payload, headers });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(400);
      expect(response.json().fields).toEqual([{ path: 'file', message }]);
    }
  });

  it('refuses binary bytes named .csv without a server error', async () => {
    const { client, projectId } = await leader();
    // Deterministic noise: every byte value, shuffled, many times.
    const noise = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 167 + (i >> 8) * 31) & 0xff));
    for (const url of [`/api/projects/${projectId}/imports`, `/api/projects/${projectId}/registration-imports`]) {
      const { payload, headers } = multipartFile('adressen.csv', noise);
      const response = await client.request({ method: 'POST', url, payload, headers });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().fields[0].path).toBe('file');
    }
  });

  it('says a file over the limit is too large, and what the limit is', async () => {
    const { client, projectId } = await leader();
    const line = `VHE-1;${'Lankforst'.repeat(20)};1;;6538 AB;Nijmegen;A;maisonnette\r\n`;
    const big = Buffer.from(line.repeat(Math.ceil((50 * 2 ** 20 + 1) / line.length)));
    for (const [url, limit] of [
      [`/api/projects/${projectId}/imports`, '50 MB'],
      [`/api/projects/${projectId}/registration-imports`, '10 MB'],
    ] as const) {
      const { payload, headers } = multipartFile('adressen.csv', big);
      const response = await client.request({ method: 'POST', url, payload, headers });
      expect(response.statusCode, url).toBe(413);
      const message = `Bestand: dit bestand is te groot: het mag hoogstens ${limit} zijn. Splits het bestand in delen en importeer die na elkaar.`;
      expect(response.json()).toMatchObject({ error: 'too_large', message, fields: [{ path: 'file', message }] });
    }
    const english = await client.request({
      method: 'POST',
      url: `/api/projects/${projectId}/registration-imports`,
      ...withLanguage(multipartFile('a.csv', big), 'en'),
    });
    expect(english.json().message).toBe('File: this file is too large: it may be at most 10 MB. Split the file into parts and import them one after another.');
  });
});

function withLanguage({ payload, headers }: { payload: Buffer; headers: Record<string, string> }, language: string) {
  return { payload, headers: { ...headers, 'accept-language': language } };
}
