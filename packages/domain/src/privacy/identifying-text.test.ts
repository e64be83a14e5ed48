import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdentifyingChecker, findIdentifyingDetails, type IdentifyingKind } from './identifying-text.js';

const kinds = (text: string, context = {}) => findIdentifyingDetails(text, context).map((d) => [d.kind, d.match]);

describe('findIdentifyingDetails', () => {
  it('finds e-mail addresses and Dutch phone numbers in their usual spellings', () => {
    expect(kinds('Mail naar a.jansen@example.nl of bel 06-12345678.')).toEqual([
      ['email', 'a.jansen@example.nl'],
      ['phone', '06-12345678'],
    ]);
    for (const phone of ['06 1234 5678', '024 345 67 89', '+31 6 12345678', '0031 24 3456789', '0243456789'])
      expect(kinds(`bereikbaar op ${phone} na zes uur`), phone).toEqual([['phone', phone]]);
  });

  it('finds postcodes and a street with a house number', () => {
    expect(kinds('Woont op Lankforststraat 12a, 6538 GB.')).toEqual([
      ['streetAndNumber', 'Lankforststraat 12a'],
      ['postcode', '6538 GB'],
    ]);
    expect(kinds('de buren op nummer 14 helpen')).toEqual([['streetAndNumber', 'nummer 14']]);
  });

  it('finds streets the project knows, also without a usual suffix', () => {
    expect(kinds('Op Lankforst 31 is het lawaaierig.', { knownStreets: ['Lankforst'] })).toEqual([['streetAndNumber', 'Lankforst 31']]);
  });

  it('finds names after a form of address and names the project knows', () => {
    expect(kinds('Mevrouw de Vries vertelde dat buurman Ahmed helpt.')).toEqual([
      ['name', 'Mevrouw de Vries'],
      ['name', 'buurman Ahmed'],
    ]);
    expect(kinds('Ayse kookt graag voor de buurt.', { knownNames: ['Ayse Demir'] })).toEqual([['name', 'Ayse']]);
  });

  it('leaves ordinary stories alone', () => {
    const story =
      'Woont al 40 jaar in de buurt en mist de winkels van vroeger. Wil graag helpen bij een wandelgroep. Tevreden over de woning, rapportcijfer 8. In 2024 veel overlast van de bouw.';
    expect(findIdentifyingDetails(story, { knownNames: ['Fam. de Boer'], knownStreets: ['Spoorstraat'] })).toEqual([]);
  });

  it('does not match a name inside another word', () => {
    expect(kinds('De boerderij in de wijk is mooi.', { knownNames: ['Fam. Boer'] })).toEqual([]);
  });
});

describe('findIdentifyingDetails, every case of the privacy test (issue 10)', () => {
  // A project where Jansen, Öztürk, Boer, de Wit, Bos, de Groot and Jan van der Berg live, on Spoorstraat and Sint Annastraat.
  const project = {
    knownNames: ['A. Jansen', 'Mehmet Öztürk', 'Fam. Boer', 'Els de Wit', 'Jan Bos', 'Fam. de Groot', 'Jan van der Berg', 'Fatima el Amrani'],
    knownStreets: ['Spoorstraat', 'Sint Annastraat'],
  };
  const found: [string, [IdentifyingKind, string][]][] = [
    // Known names in any case and inflection.
    ['de jansens hiernaast maken veel lawaai', [['name', 'jansens']]],
    ["Jansen's tuin is een voorbeeld", [['name', "Jansen's"]]],
    ['Jansens tuin', [['name', 'Jansens']]],
    ['ik zag jansen gisteren', [['name', 'jansen']]],
    ['bij Jansen thuis is het koud', [['name', 'Jansen']]],
    ['het Jansentje van hiernaast', [['name', 'Jansentje']]],
    ['de JANSENS', [['name', 'JANSENS']]],
    ['ozturk helpt iedereen', [['name', 'ozturk']]],
    ['de Öztürks zijn verhuisd', [['name', 'Öztürks']]],
    ['de familie Ozturk', [['name', 'familie Ozturk']]],
    ['de amrani’s koken', [['name', 'amrani’s']]],
    // Names that are also ordinary words: only as a name.
    ['Gisteren zei Boer dat het goed gaat', [['name', 'Boer']]],
    ['buurman bos helpt', [['name', 'bos']]],
    ['mevr. wit is ziek', [['name', 'wit']]],
    ['De Groot heeft last van de bouw', [['name', 'Groot']]],
    ['ik sprak met de Bossen', [['name', 'Bossen']]],
    ['jan bos komt langs', [['name', 'jan bos']]],
    ['jan van der berg vertelde het', [['name', 'jan van der berg']]],
    // Known streets with a house number, in any case.
    ['op spoorstraat 12 lekt het dak', [['streetAndNumber', 'spoorstraat 12']]],
    ['in de sint annastraat nr. 4a', [['streetAndNumber', 'sint annastraat nr. 4a']]],
    // Bank accounts, citizen service numbers, dates of birth, licence plates.
    ['rekening NL20INGB0001234567 graag', [['iban', 'NL20INGB0001234567']]],
    ['rekening NL20 INGB 0001 2345 67 is het', [['iban', 'NL20 INGB 0001 2345 67']]],
    ['overmaken naar DE89 3704 0044 0532 0130 00.', [['iban', 'DE89 3704 0044 0532 0130 00']]],
    ['Belgisch nummer BE68539007547034', [['iban', 'BE68539007547034']]],
    ['zijn bsn is 123456782', [['bsn', '123456782']]],
    [
      'bsn 1234.56.782 en 123 456 782',
      [
        ['bsn', '1234.56.782'],
        ['bsn', '123 456 782'],
      ],
    ],
    // Small numbers in a row are not a BSN, even when their nine digits pass the eleven test.
    ['11 84 29 20 6', []],
    ['meneer is geboren 03-04-1956 in Nijmegen', [['dateOfBirth', 'geboren 03-04-1956']]],
    ['geb. 3 april 1956', [['dateOfBirth', 'geb. 3 april 1956']]],
    ['geboortedatum 03/04/1956', [['dateOfBirth', 'geboortedatum 03/04/1956']]],
    ['born 3 April 1956', [['dateOfBirth', 'born 3 April 1956']]],
    ['is op 3 april 1956 geboren', [['dateOfBirth', '3 april 1956 geboren']]],
    ['zijn auto 12-ABC-3 staat in de weg', [['licencePlate', '12-ABC-3']]],
    ['kenteken AB-123-C', [['licencePlate', 'AB-123-C']]],
    ['kenteken 1-ABC-23', [['licencePlate', '1-ABC-23']]],
    ['de oude XX-99-99 staat er weer', [['licencePlate', 'XX-99-99']]],
    ['kenteken 12abc3', []],
    [
      'kenteken 12ABC3 en AB123C',
      [
        ['licencePlate', '12ABC3'],
        ['licencePlate', 'AB123C'],
      ],
    ],
  ];
  it.each(found)('finds %j', (text, expected) => {
    expect(kinds(text, project)).toEqual(expected);
  });

  const clean = [
    'De boerderij in de wijk is mooi.',
    'de boeren in de omgeving zijn tevreden',
    'Bos en groen rond de flat zijn belangrijk.',
    'Groot onderhoud begint in mei.',
    'de witte muren en de grote tuin',
    'van de buurt, de wijk en het park',
    'We lopen het bos in en de berg op.',
    'In 2024 veel overlast van de bouw.',
    'op 12 maart komt de aannemer',
    'de bouw duurt van 03-04-2026 tot 1 juni 2027',
    'ze is jarig geweest en blij',
    'in de Spoorstraat is het druk',
    'rekening NL20INGB0001234568 klopt niet',
    'bestelnummer 123456789 is binnen',
    'rapportcijfer 8 en 10 van de 12 huizen',
    'een COVID19-prik en een A4-tje',
  ];
  it.each(clean)('leaves %j alone', (text) => {
    expect(kinds(text, project)).toEqual([]);
  });

  it('checks many texts with one checker as the one-off check does', () => {
    const checker = createIdentifyingChecker(project);
    for (const [text] of found) expect(checker.find(text)).toEqual(findIdentifyingDetails(text, project));
  });
});

describe('findIdentifyingDetails, for any text', () => {
  // Benign words: lower-case Dutch-like words and small numbers that are not phone numbers.
  const word = fc.oneof(
    fc.constantFrom('de', 'buurt', 'woont', 'graag', 'jaar', 'tevreden', 'wandelen', 'helpt', 'koffie', 'een'),
    fc.integer({ min: 1, max: 99 }).map(String),
  );
  const sentence = fc.array(word, { minLength: 0, maxLength: 12 }).map((w) => w.join(' '));
  const phone = fc
    .tuple(fc.constantFrom('06', '024', '+31 6', '010'), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }))
    .map(([prefix, digits]) => {
      const rest = digits.join('');
      return prefix === '024' || prefix === '010' ? `${prefix} ${rest.slice(1, 8)}` : `${prefix} ${rest}`;
    });
  const email = fc.tuple(fc.stringMatching(/^[a-z]{2,8}$/), fc.stringMatching(/^[a-z]{2,8}$/)).map(([user, host]) => `${user}@${host}.nl`);
  const postcode = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.stringMatching(/^[A-Z]{2}$/)).map(([n, l]) => `${n} ${l}`);

  it('finds a phone number, e-mail address or postcode wherever it is put', () => {
    fc.assert(
      fc.property(sentence, fc.oneof(phone, email, postcode), sentence, (before, detail, after) => {
        const found = findIdentifyingDetails(`${before} ${detail} ${after}`);
        return found.some(
          (d) => d.match.replace(/\s/g, '').includes(detail.replace(/\s/g, '')) || detail.replace(/\s/g, '').includes(d.match.replace(/\s/g, '')),
        );
      }),
    );
  });

  it('finds nothing in text made of benign words only', () => {
    fc.assert(fc.property(sentence, (text) => findIdentifyingDetails(text).length === 0));
  });
});
