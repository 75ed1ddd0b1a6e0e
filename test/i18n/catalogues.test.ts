/**
 * The shipped translations against the English source: the same keys, no more; every
 * placeholder kept; plural forms for each category the language has.
 */
import { expect } from '@open-wc/testing';
import '../helpers/setup.js';
import { forms, placeholders, shippedMessages, SHIPPED_LOCALES, SOURCE } from './sources.js';

describe('message catalogues', () => {
  it('ships German, French, Spanish, Portuguese (Brazil), Hindi and Arabic', () => {
    expect([...SHIPPED_LOCALES].sort()).to.deep.equal(['ar', 'de', 'es', 'fr', 'hi', 'pt-BR']);
  });

  it('has an English source for every key, each a string or plural forms with "other"', () => {
    expect(Object.keys(SOURCE).length).to.be.greaterThan(200);
    for (const [key, message] of Object.entries(SOURCE)) {
      if (typeof message === 'string') {
        expect(message.trim(), key).not.to.equal('');
      } else {
        expect(message.other, `${key} has no "other" form`).to.be.a('string');
      }
    }
  });

  for (const id of SHIPPED_LOCALES) {
    describe(id, () => {
      it('has every key of the English source and no other', async () => {
        const messages = await shippedMessages(id);
        const missing = Object.keys(SOURCE).filter((key) => !(key in messages));
        const extra = Object.keys(messages).filter((key) => !(key in SOURCE));
        expect(missing, `${id} misses keys`).to.deep.equal([]);
        expect(extra, `${id} has keys the source does not`).to.deep.equal([]);
      });

      it('keeps every placeholder of the English (a plural form may leave out its count)', async () => {
        const messages = await shippedMessages(id);
        const dropped: string[] = [];
        for (const [key, source] of Object.entries(SOURCE)) {
          const message = messages[key];
          if (message === undefined) continue;
          const wanted = new Set(forms(source).flatMap((text) => [...placeholders(text)]));
          const entries = typeof message === 'string' ? [['', message]] : Object.entries(message);
          for (const [form, text] of entries) {
            const has = placeholders(text!);
            for (const name of wanted) {
              // "one day" / "يوم واحد": a singular or dual form may say its number in words.
              const optional = name === 'count' && form !== '' && form !== 'other';
              if (!has.has(name) && !optional)
                dropped.push(`${key}${form && `.${form}`}: {${name}}`);
            }
            for (const name of has) {
              if (!wanted.has(name)) dropped.push(`${key}${form && `.${form}`}: unknown {${name}}`);
            }
          }
        }
        expect(dropped, `${id} placeholders`).to.deep.equal([]);
      });

      it('gives every plural message a form for each category of the language', async () => {
        const messages = await shippedMessages(id);
        const categories = new Intl.PluralRules(id).resolvedOptions().pluralCategories;
        const wrong: string[] = [];
        for (const [key, source] of Object.entries(SOURCE)) {
          const message = messages[key];
          if (typeof source === 'string' || message === undefined) continue;
          if (typeof message === 'string') {
            wrong.push(`${key}: a plain string where the source has plural forms`);
            continue;
          }
          for (const category of categories) {
            if (message[category] === undefined) wrong.push(`${key}: no "${category}" form`);
          }
          for (const form of Object.keys(message)) {
            if (form !== 'zero' && !categories.includes(form as Intl.LDMLPluralRule)) {
              wrong.push(`${key}: "${form}" is not a plural category of ${id}`);
            }
          }
        }
        expect(wrong, `${id} plural forms`).to.deep.equal([]);
      });

      it('translates: most messages differ from the English', async () => {
        const messages = await shippedMessages(id);
        const same = Object.entries(SOURCE).filter(
          ([key, source]) => JSON.stringify(messages[key]) === JSON.stringify(source),
        );
        expect(same.length, same.map(([key]) => key).join(', ')).to.be.below(
          Object.keys(SOURCE).length * 0.1,
        );
      });
    });
  }
});
