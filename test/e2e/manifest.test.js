// dist/custom-elements.json against the element itself, as built in dist/ex-back-quiz.js: its tag,
// its observed attributes and the properties they set, the events it really fires while the quiz
// is played through the UI, the parts and slots its shadow root renders, and the custom properties
// its CSS reads. Editors, docs tools and framework type generators read only the manifest, so a
// manifest that drifts from the element misleads every one of them. The contract (the tag, the
// attribute and event names) is also written out here, so the two cannot drift together.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  answer,
  answerAll,
  assertClean,
  launchBrowser,
  openPage,
  REACH_OUT,
  start,
  startServer,
  waitForWidget,
} from './helpers.js';

const TAG = 'ex-back-quiz';
const ATTRIBUTES = ['guide-url', 'exit-url', 'no-quick-exit', 'persist', 'heading-level', 'theme'];
const EVENTS = [
  'quiz-start',
  'quiz-answer',
  'quiz-back',
  'quiz-restart',
  'quiz-complete',
  'quiz-exit',
];

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement)
    .map((declaration) => ({ module, declaration })),
);
const element = elements[0]?.declaration ?? {};
const names = (list) => (list ?? []).map((item) => item.name);
const sorted = (list) => [...list].sort();

let site;
let server;
let origin;
let browser;

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'ex-back-quiz-manifest-'));
  copyFileSync('dist/ex-back-quiz.js', join(site, 'ex-back-quiz.js'));
  // exit-url is a page of this site: if quiz-exit were not cancelled, the test would land there
  // instead of leaving the machine. guide-url gives the steps their links (the step-link part):
  // without it, a page without the guide's #step-N sections shows none.
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Manifest</title>
<link rel="icon" href="data:,"></head><body>
<${TAG} exit-url="exit.html" guide-url="guide.html"></${TAG}>
<script type="module" src="./ex-back-quiz.js"></script>
</body></html>`,
  );
  writeFileSync(join(site, 'exit.html'), '<!doctype html><title>Exit</title>');
  ({ server, origin } = await startServer(site));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** Opens the test page in a fresh context; `run` gets the page and its widget; then closes it. */
async function onPage(run, { initScript } = {}) {
  const { context, page, log } = await openPage(browser);
  try {
    if (initScript) await page.addInitScript(initScript);
    await page.goto(`${origin}/index.html`);
    const widget = page.locator(TAG);
    await waitForWidget(widget);
    await run({ page, widget });
    await assertClean(page, log, origin);
  } finally {
    await context.close();
  }
}

test('every module the manifest names is a file the package ships, exporting what it says', async () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const entries = Object.values(pkg.exports).map((target) =>
    (typeof target === 'string' ? target : target.default).replace(/^\.\//, ''),
  );
  assert.deepEqual(manifest.modules.map((module) => module.path).sort(), [
    'dist/lib/define.js',
    'dist/lib/index.js',
  ]);
  for (const module of manifest.modules) {
    assert.ok(entries.includes(module.path), `${module.path} is a package entry`);
    const source = readFileSync(module.path, 'utf8');
    for (const { name, kind } of module.exports ?? []) {
      if (kind !== 'js') continue;
      assert.match(
        source,
        new RegExp(`export\\s*\\{[^}]*\\b${name}\\b`),
        `${module.path} exports ${name}`,
      );
    }
  }
});

test('the manifest describes one element, ex-back-quiz, defined by define.ts', async () => {
  assert.equal(elements.length, 1, 'one custom element declaration');
  assert.equal(element.tagName, TAG, 'tagName of the class declaration');
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition')
      .map((entry) => ({ ...entry, in: module.path })),
  );
  assert.deepEqual(
    definitions.map((entry) => [entry.in, entry.name, entry.declaration]),
    [['dist/lib/define.js', TAG, { name: element.name, module: elements[0].module.path }]],
    'the custom-element-definition export names the tag and points at the class',
  );
  for (const [kind, list] of Object.entries({
    attributes: element.attributes,
    members: element.members,
    events: element.events,
    cssParts: element.cssParts,
    slots: element.slots,
    cssProperties: element.cssProperties,
  })) {
    for (const item of list ?? []) {
      assert.ok(item.description?.trim(), `${kind} ${item.name} has a description`);
    }
  }

  await onPage(async ({ page }) => {
    const defined = await page.evaluate((tag) => {
      const Quiz = customElements.get(tag);
      return Boolean(Quiz) && document.querySelector(tag) instanceof Quiz;
    }, TAG);
    assert.ok(defined, `customElements.get('${TAG}') is the class of the element on the page`);
  });
});

test('attributes: exactly the observed ones, each setting its property', async () => {
  assert.deepEqual(sorted(names(element.attributes)), sorted(ATTRIBUTES), 'the contract');

  await onPage(async ({ page }) => {
    const { observed, reactive } = await page.evaluate((tag) => {
      const Quiz = customElements.get(tag);
      return {
        observed: [...Quiz.observedAttributes],
        // Lit's declared reactive properties; `state` ones are internal.
        reactive: [...Quiz.elementProperties].map(([name, options]) => ({
          name: String(name),
          state: Boolean(options.state),
        })),
      };
    }, TAG);
    assert.deepEqual(sorted(names(element.attributes)), sorted(observed), 'observedAttributes');

    const members = element.members ?? [];
    for (const member of members) {
      assert.ok(
        (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
        `${member.name} is public`,
      );
      if (member.kind === 'field') assert.ok(member.type?.text, `field ${member.name} has a type`);
    }
    for (const { name, state } of reactive) {
      assert.equal(
        members.some((member) => member.name === name),
        !state,
        state ? `state property ${name} is not API` : `property ${name} is a field`,
      );
    }

    for (const attribute of element.attributes) {
      const field = members.find((member) => member.name === attribute.fieldName);
      assert.equal(field?.kind, 'field', `${attribute.name}: fieldName names a field`);
      assert.equal(field.attribute, attribute.name, `${field.name}: links back to its attribute`);
      assert.ok(attribute.type?.text, `${attribute.name} has a type`);
      assert.equal(attribute.type.text, field.type?.text, `${attribute.name}: type of its field`);
      const { text } = attribute.type;
      // What to set and what the property then is, by the attribute's type.
      const [value, expected] = /\bboolean\b/.test(text)
        ? ['', true]
        : /\bnumber\b/.test(text)
          ? ['3', 3]
          : /\bstring\b/.test(text)
            ? ['x', 'x']
            : assert.fail(`${attribute.name}: no probe for type ${text}`);
      const seen = await page.evaluate(
        ({ tag, name, fieldName, value }) => {
          const quiz = document.createElement(tag);
          const initial = quiz[fieldName];
          quiz.setAttribute(name, value);
          const set = quiz[fieldName];
          quiz.removeAttribute(name);
          return { has: fieldName in quiz, initial, set, removed: quiz[fieldName] };
        },
        { tag: TAG, name: attribute.name, fieldName: attribute.fieldName, value },
      );
      assert.ok(seen.has, `${attribute.fieldName} in the element`);
      assert.deepEqual(seen.set, expected, `${attribute.name}="${value}" sets ${field.name}`);
      assert.ok(attribute.default, `${attribute.name} has a default`);
      assert.deepEqual(seen.initial, JSON.parse(attribute.default), `${attribute.name} default`);
      assert.deepEqual(seen.removed, seen.initial, `removing ${attribute.name} restores it`);
      if (/\bboolean\b/.test(text)) {
        // Vue writes a boolean bound to false as the string "false": it must read as false.
        const written = await page.evaluate(
          ({ tag, name, fieldName }) => {
            const quiz = document.createElement(tag);
            quiz.setAttribute(name, 'false');
            return quiz[fieldName];
          },
          { tag: TAG, name: attribute.name, fieldName: attribute.fieldName },
        );
        assert.equal(written, false, `${attribute.name}="false" sets ${field.name} to false`);
      }
    }

    const methods = members.filter((member) => member.kind === 'method').map(({ name }) => name);
    const callable = await page.evaluate(
      ({ tag, methods }) =>
        methods.filter((name) => typeof document.createElement(tag)[name] === 'function'),
      { tag: TAG, methods },
    );
    assert.deepEqual(callable, methods, 'every method in the manifest exists');
  });
});

/**
 * Whether `value` (JSON from the page) fits `type`, the manifest's TypeScript text for a detail.
 * Knows the shapes the element's events use; a new shape fails here until it is taught.
 */
function fits(value, type) {
  const text = type.trim();
  if (text === 'null') return value === null;
  if (['string', 'number', 'boolean'].includes(text)) return typeof value === text;
  if (text.endsWith('[]')) {
    return Array.isArray(value) && value.every((item) => fits(item, text.slice(0, -2)));
  }
  const object = text.match(/^\{(.*)\}$/s);
  if (object) {
    const fields = object[1]
      .split(/[,;]/)
      .map((field) => field.trim())
      .filter(Boolean)
      .map((field) => field.match(/^(\w+)\s*:\s*(.+)$/) ?? assert.fail(`cannot read "${field}"`));
    if (value === null || typeof value !== 'object') return false;
    return (
      JSON.stringify(sorted(Object.keys(value))) ===
        JSON.stringify(sorted(fields.map(([, key]) => key))) &&
      fields.every(([, key, fieldType]) => fits(value[key], fieldType))
    );
  }
  return assert.fail(`no check for the type ${text}`);
}

/** Every part token and slot name now in the widget's shadow root. */
function shadowInventory(widget) {
  return widget.evaluate((host) => ({
    parts: [...host.shadowRoot.querySelectorAll('[part]')].flatMap((node) =>
      node.getAttribute('part').split(/\s+/).filter(Boolean),
    ),
    slots: [...host.shadowRoot.querySelectorAll('slot')].map((slot) => slot.name),
  }));
}

test('events, parts and slots: what the element fires and renders over a whole quiz', async () => {
  assert.deepEqual(sorted(names(element.events)), sorted(EVENTS), 'the contract');

  // Every event the element dispatches on itself, whatever its name, recorded before listeners
  // run; quiz-exit is cancelled so the page stays.
  const initScript = () => {
    window.__fired = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (event) {
      if (this instanceof Element && this.localName === 'ex-back-quiz') {
        window.__fired.push({
          type: event.type,
          custom: event instanceof CustomEvent,
          detail: event instanceof CustomEvent ? JSON.parse(JSON.stringify(event.detail)) : null,
        });
      }
      return dispatch.call(this, event);
    };
    document.addEventListener('quiz-exit', (event) => event.preventDefault());
  };

  await onPage(
    async ({ page, widget }) => {
      const screens = {};
      const heading = () => widget.locator('[data-screen-heading]').textContent();
      const visit = async (screen) => {
        screens[screen] = await shadowInventory(widget);
      };

      await visit('intro');
      await start(widget);
      await visit('question');
      const safety = await heading();
      await widget.getByRole('button', { name: 'Continue', exact: true }).click();
      await widget.locator('[part~="error"]').waitFor({ state: 'visible' });
      await visit('error');
      await answer(widget, ['no']);
      await widget.locator('button.secondary').click(); // Back
      await widget.locator('[data-screen-heading]', { hasText: safety }).waitFor();
      await answer(widget, ['yes']); // abuse: the don't-go-back outcome with its safety panel
      await widget.locator('[part~="safety-panel"]').waitFor({ state: 'visible' });
      await visit('abuse outcome');
      await widget.locator('button.primary').click(); // Restart
      await widget.locator('[data-screen-heading]', { hasText: safety }).waitFor();
      await answerAll(widget, REACH_OUT);
      await widget.locator('[part~="step"]').first().waitFor({ state: 'visible' });
      await visit('reach-out outcome');
      await widget.locator('[part~="exit-button"]').click();
      await page.waitForFunction(() => window.__fired.some((event) => event.type === 'quiz-exit'));
      assert.equal(new URL(page.url()).pathname, '/index.html', 'quiz-exit was cancelled');

      const fired = await page.evaluate(() => window.__fired);
      assert.deepEqual(
        sorted(new Set(fired.map((event) => event.type))),
        sorted(names(element.events)),
        'the events fired are the events in the manifest',
      );
      for (const event of fired) {
        const declared = element.events.find((candidate) => candidate.name === event.type);
        const type = declared.type?.text ?? '';
        const detail = type.match(/^CustomEvent<(.*)>$/s)?.[1];
        assert.ok(detail, `${event.type}: type ${type} is a CustomEvent<…>`);
        assert.ok(event.custom, `${event.type} is a CustomEvent`);
        assert.ok(
          fits(event.detail, detail),
          `${event.type} detail ${JSON.stringify(event.detail)} fits ${detail}`,
        );
      }

      const rendered = new Set(Object.values(screens).flatMap(({ parts }) => parts));
      assert.deepEqual(
        sorted(rendered),
        sorted(names(element.cssParts)),
        'the parts rendered over the quiz are the parts in the manifest',
      );
      assert.ok(screens['abuse outcome'].slots.includes('resources'), 'slot on the abuse outcome');
      const slots = new Set(Object.values(screens).flatMap(({ slots }) => slots));
      assert.deepEqual(sorted(slots), sorted(names(element.slots)), 'slots');
    },
    { initScript },
  );
});

test('custom properties: exactly the --quiz-* the CSS reads, with its defaults', async () => {
  await onPage(async ({ page }) => {
    const css = await page.evaluate((tag) => {
      const { styles } = customElements.get(tag);
      return [styles]
        .flat(Infinity)
        .map((style) => style.cssText)
        .join('\n');
    }, TAG);
    const read = new Set([...css.matchAll(/var\(\s*(--quiz-[\w-]+)/g)].map((match) => match[1]));
    assert.deepEqual(sorted(read), sorted(names(element.cssProperties)), 'custom properties');

    // The default is the first value the CSS gives (the light theme's), or the var() fallback;
    // the browser compares them, as the build minifies the CSS (#ffffff → #fff).
    for (const { name, default: fallback } of element.cssProperties) {
      assert.ok(fallback, `${name} has a default`);
      const escaped = name.replace(/[-]/g, '\\-');
      const inCss =
        css.match(new RegExp(`${escaped}\\s*:\\s*([^;}]+)`))?.[1] ??
        css.match(new RegExp(`var\\(\\s*${escaped}\\s*,\\s*([^)]+)\\)`))?.[1];
      assert.ok(inCss, `${name} has a value in the CSS`);
      const same = await page.evaluate(
        ([first, second]) => {
          const probe = document.createElement('div').style;
          // As the first property that takes both values parses them (a value it rejects
          // leaves it empty).
          const parsed = (property, value) => {
            probe.setProperty(property, value.trim());
            const result = probe.getPropertyValue(property);
            probe.removeProperty(property);
            return result;
          };
          for (const property of ['color', 'width', 'font-size', 'font-family']) {
            const [one, two] = [parsed(property, first), parsed(property, second)];
            if (one && two) return one === two;
          }
          return first.trim() === second.trim();
        },
        [fallback, inCss],
      );
      assert.ok(same, `${name}: manifest default ${fallback}, CSS ${inCss}`);
    }
  });
});
