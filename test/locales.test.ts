// Every locale against the English content: the same structure (tsc checks the keys; this checks
// what types cannot: the order of options, outcomes and steps, and that the text is there), the
// language tag and direction, Spanish formatting through Intl, and the pseudo-locale function.
import { expect } from '@open-wc/testing';
import { guide as english } from '../content/guide.ts';
import * as arXB from '../content/locales/ar-XB/guide.ts';
import * as arXBQuiz from '../content/locales/ar-XB/quiz.ts';
import * as arXBUi from '../content/locales/ar-XB/ui.ts';
import * as enXA from '../content/locales/en-XA/guide.ts';
import * as enXAQuiz from '../content/locales/en-XA/quiz.ts';
import * as enXAUi from '../content/locales/en-XA/ui.ts';
import * as es from '../content/locales/es/guide.ts';
import * as esQuiz from '../content/locales/es/quiz.ts';
import * as esUi from '../content/locales/es/ui.ts';
import { accented, mirrored, PDF, pseudoLocalize, RLO } from '../content/pseudo.ts';
import { outcomes, questions } from '../content/quiz.ts';
import type { Guide, HelpLine, OutcomeText, QuestionText, UiText } from '../content/types.ts';
import { ui } from '../content/ui.ts';

interface Locale {
  readonly guide: Guide;
  readonly questions: Readonly<Record<string, QuestionText>>;
  readonly outcomes: Readonly<Record<string, OutcomeText>>;
  readonly ui: UiText;
  readonly helpLines: readonly HelpLine[];
}

const LOCALES: Readonly<Record<string, Locale>> = {
  es: { ...es, ...esQuiz, ...esUi },
  'en-XA': { ...enXA, ...enXAQuiz, ...enXAUi },
  'ar-XB': { ...arXB, ...arXBQuiz, ...arXBUi },
};

/** The structure a reader's path depends on, with no text: what must match English exactly. */
function structure({ guide, questions, outcomes }: Omit<Locale, 'ui' | 'helpLines'>) {
  return {
    steps: guide.steps.map(({ number, body }) => ({ number, paragraphs: body.length })),
    questions: Object.entries(questions).map(([id, question]) => ({
      id,
      kind: question.kind,
      hint: 'hint' in question,
      options: Object.keys(question.options),
      exclusiveOption: question.exclusiveOption,
    })),
    outcomes: Object.entries(outcomes).map(([id, outcome]) => ({
      id,
      stepNotes: Object.keys(outcome.stepNotes),
      showSafetyPanel: outcome.showSafetyPanel,
    })),
  };
}

/** Every key path of an object, functions as leaves: the shape of `ui`. */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, item]) =>
    item && typeof item === 'object'
      ? keyPaths(item, `${prefix}${key}.`)
      : [`${prefix}${key}:${typeof item}`],
  );
}

/** Keys whose values are code, not text (as in content/translation.ts). */
const VERBATIM = new Set(['lang', 'dir', 'kind', 'exclusiveOption', 'id', 'number', 'href']);

/** Every text a locale shows (functions called with sample arguments), in order. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [value(3, 2, 5)];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (VERBATIM.has(key) ? [] : texts(item)));
  }
  return [];
}

describe('locales', () => {
  for (const [tag, locale] of Object.entries(LOCALES)) {
    describe(tag, () => {
      it('has the English structure: steps, paragraphs, questions, options, outcomes, notes', () => {
        expect(structure(locale)).to.deep.equal(structure({ guide: english, questions, outcomes }));
      });

      it('has every UI key of the English, and nothing else', () => {
        expect(keyPaths(locale.ui)).to.deep.equal(keyPaths(ui));
      });

      it('declares a valid language tag and its direction', () => {
        expect(locale.ui.lang).to.equal(tag);
        expect(new Intl.Locale(locale.ui.lang).toString()).to.equal(tag);
        expect(locale.ui.dir).to.equal(tag === 'ar-XB' ? 'rtl' : 'ltr');
      });

      it('leaves no text empty or untrimmed', () => {
        for (const text of texts([locale.guide, locale.questions, locale.outcomes, locale.ui])) {
          expect(text.trim(), JSON.stringify(text)).to.not.equal('');
        }
        for (const paragraph of locale.guide.steps.flatMap((step) => [step.title, ...step.body])) {
          expect(paragraph).to.equal(paragraph.trim());
        }
      });

      it('gives every help line a name and contacts whose links carry the number they show', () => {
        expect(locale.helpLines.length).to.be.greaterThan(0);
        for (const line of locale.helpLines) {
          expect(line.name.trim()).to.not.equal('');
          for (const { label, href } of line.contacts) {
            expect(href).to.match(/^(tel:|sms:|https:\/\/)/);
            // The number dialled, up to its last nine digits (past the country code), is shown.
            const number = /^(?:tel|sms):([+\d]+)/.exec(href)?.[1]?.replace(/\D/g, '').slice(-9);
            if (number) expect(label.replace(/\D/g, ''), `${label} → ${href}`).to.include(number);
          }
        }
      });
    });
  }

  describe('es', () => {
    const { ui: spanish } = esUi;

    it('is Spanish, written out here by hand', () => {
      expect(spanish.intro.heading).to.equal('¿Deberías intentar volver con él?');
      expect(spanish.intro.start).to.equal('Empezar');
      expect(esQuiz.questions.safety.heading).to.equal(
        '¿Alguna vez te hizo daño, te amenazó, te controló o te hizo sentir miedo?',
      );
      expect(es.guide.steps[12].body[8]).to.equal(
        'Si en la relación hubo maltrato de cualquier tipo, no vuelvas a ella.',
      );
    });

    it('translates every text: none is left as the English', () => {
      const same = (a: unknown, b: unknown) =>
        texts(a).filter((text, index) => text === texts(b)[index]);
      // "No" is the same word in both languages.
      expect(same(esQuiz.questions, questions)).to.deep.equal(['No']);
      expect(same(esQuiz.outcomes, outcomes)).to.deep.equal([]);
      expect(same(es.guide, english)).to.deep.equal([]);
      // "Error:" is the same word too; a help line's link name joins label and service alike.
      expect(same(spanish, ui)).to.deep.equal(['Error:', '3, 2']);
    });

    it('says progress in Spanish, numbers through Intl', () => {
      const { progress } = spanish.question;
      expect(progress(1, 1, 8)).to.equal('Pregunta 1, hasta 7 más después de esta');
      expect(progress(3, 3, 5)).to.equal('Pregunta 3, de 2 a 4 más después de esta');
      expect(progress(2, 3, 3)).to.equal('Pregunta 2 de 4');
      expect(progress(7, 1, 1)).to.equal('Pregunta 7, la última');
      // Spanish groups thousands with a dot (from five digits on): Intl, not `${number}`.
      expect(progress(12345, 2, 2)).to.equal('Pregunta 12.345 de 12.346');
      expect(spanish.outcome.stepLabel(12345)).to.equal('Paso 12.345');
    });

    it('says the length with the plural rule: one question, several questions', () => {
      expect(spanish.intro.length(8)).to.equal('Como máximo 8 preguntas cortas: unos dos minutos.');
      expect(spanish.intro.length(1)).to.equal('Como máximo 1 pregunta corta: unos dos minutos.');
    });

    it('offers only help lines with a source in content/README.md', () => {
      expect(esUi.helpLines.flatMap((line) => line.contacts.map(({ href }) => href))).to.deep.equal(
        [
          'tel:911',
          'tel:112',
          'tel:+18007997233',
          'sms:88788?&body=START',
          'https://espanol.thehotline.org/',
          'tel:016',
        ],
      );
    });
  });

  describe('pseudo-locales (content/pseudo.ts)', () => {
    it('en-XA: accents ASCII letters, pads by about 40 % and brackets', () => {
      expect(accented('Start')).to.equal('[Ŝţåŕţ ··]');
      expect(accented('Step 12')).to.equal('[Ŝţéþ 12 ···]');
      const long = 'Choose at least one answer to continue.';
      expect(accented(long).length).to.be.at.least(long.length * 1.4);
      expect(accented(long)).to.match(/^\[Çĥööšé åţ ļéåšţ öñé åñšŵéŕ ţö çöñţîñûé\. (·{1,5} ?)+\]$/);
    });

    it('keeps leading and trailing spaces outside the brackets, and empty text empty', () => {
      expect(accented(' your answer')).to.match(/^ \[ýöûŕ åñšŵéŕ ·+\]$/);
      expect(mirrored('Step 1 ')).to.equal(`${RLO}[Step 1]${PDF} `);
      expect(accented('')).to.equal('');
    });

    it('ar-XB: brackets and forces right to left', () => {
      expect(mirrored('Start')).to.equal('\u202E[Start]\u202C');
    });

    it('maps every shown string, function results too, and keeps ids, links and language', () => {
      const content = {
        lang: 'en',
        kind: 'single',
        id: 'make-sure',
        items: [{ label: 'Call 911', href: 'tel:911' }],
        count: (n: number) => `${n} more`,
        notes: { 13: 'Why', 2: 'How' },
      };
      const pseudo = pseudoLocalize(content, (text) => `<${text}>`);
      expect(pseudo.lang).to.equal('en');
      expect(pseudo.kind).to.equal('single');
      expect(pseudo.id).to.equal('make-sure');
      expect(pseudo.items).to.deep.equal([{ label: '<Call 911>', href: 'tel:911' }]);
      expect(pseudo.count(3)).to.equal('<3 more>');
      expect(Object.keys(pseudo.notes)).to.deep.equal(['2', '13']);
    });
  });
});
