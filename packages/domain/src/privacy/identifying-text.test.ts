import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdentifyingDetails } from './identifying-text.js';

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

describe('findIdentifyingDetails, for any text', () => {
  // Benign words: lower-case Dutch-like words and small numbers that are not phone numbers.
  const word = fc.oneof(fc.constantFrom('de', 'buurt', 'woont', 'graag', 'jaar', 'tevreden', 'wandelen', 'helpt', 'koffie', 'een'), fc.integer({ min: 1, max: 99 }).map(String));
  const sentence = fc.array(word, { minLength: 0, maxLength: 12 }).map((w) => w.join(' '));
  const phone = fc.tuple(fc.constantFrom('06', '024', '+31 6', '010'), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })).map(([prefix, digits]) => {
    const rest = digits.join('');
    return prefix === '024' || prefix === '010' ? `${prefix} ${rest.slice(1, 8)}` : `${prefix} ${rest}`;
  });
  const email = fc.tuple(fc.stringMatching(/^[a-z]{2,8}$/), fc.stringMatching(/^[a-z]{2,8}$/)).map(([user, host]) => `${user}@${host}.nl`);
  const postcode = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.stringMatching(/^[A-Z]{2}$/)).map(([n, l]) => `${n} ${l}`);

  it('finds a phone number, e-mail address or postcode wherever it is put', () => {
    fc.assert(
      fc.property(sentence, fc.oneof(phone, email, postcode), sentence, (before, detail, after) => {
        const found = findIdentifyingDetails(`${before} ${detail} ${after}`);
        return found.some((d) => d.match.replace(/\s/g, '').includes(detail.replace(/\s/g, '')) || detail.replace(/\s/g, '').includes(d.match.replace(/\s/g, '')));
      }),
    );
  });

  it('finds nothing in text made of benign words only', () => {
    fc.assert(fc.property(sentence, (text) => findIdentifyingDetails(text).length === 0));
  });
});
