// The script the bench injects into every page before the page's own (Playwright's init script):
// it takes every mark in the page itself, with performance.now(), so that no round trip to Node
// sits inside a figure. Playwright serializes the function, so it may use nothing from outside.
/** Runs in every page before its own scripts: marks with performance.now() (0 = navigation
 *  start), the widget's auto-start, and the answer loop. Serialized by Playwright. */
export function harness() {
  const t = {};
  const headingOf = (root) =>
    root
      ?.querySelector('[data-screen-heading], legend, [role="heading"], h1, h2, h3')
      ?.textContent?.trim() ?? '';
  const hasQuestion = (root) => Boolean(root?.querySelector('form input[name="answer"]'));
  /** The next frame's requestAnimationFrame time, and a task queued from it (after that
   *  frame's style, layout and paint). */
  const frame = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const raf = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done([raf, performance.now()]);
        channel.port2.postMessage(0);
      }),
    );
  /** Resolves with the time `met()` first holds, checked on every mutation under `root`;
   *  `then` runs synchronously at that moment. */
  const until = (root, met, then) =>
    new Promise((done) => {
      const finish = () => {
        const at = performance.now();
        then?.();
        done(at);
      };
      if (met()) {
        finish();
        return;
      }
      const observer = new MutationObserver(() => {
        if (!met()) return;
        observer.disconnect();
        finish();
      });
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
    });
  const shown = (at) => {
    t.question = at;
    frame().then(([raf, painted]) => {
      t.questionFrame = raf;
      t.questionPainted = painted;
    });
  };
  const bench = {
    t,
    ran: () => {
      t.ran = performance.now();
    },
    parsed: () => {
      t.parsed = performance.now();
    },
    shown: () => shown(performance.now()),
    root: () =>
      document.querySelector('ex-back-quiz')?.shadowRoot ??
      document.querySelector('[data-bench-root]'),
    responseEnd: (path) =>
      performance
        .getEntriesByType('resource')
        .find((entry) => new URL(entry.name).pathname === path)?.responseEnd,
    formHtml: () =>
      bench
        .root()
        .querySelector('form')
        .outerHTML.replace(/<!--[\s\S]*?-->/g, ''),
    /** `count` times: choose `value` and Continue, then Back; each timed from the click. */
    answerLoop: async (count, value) => {
      const root = bench.root();
      const samples = {};
      const record = (name, sample) => {
        samples[name] ??= [];
        samples[name].push(sample);
      };
      for (let round = 0; round < count; round++) {
        for (const step of ['answer', 'back']) {
          const form = root.querySelector('form');
          const before = headingOf(root);
          let button;
          if (step === 'answer') {
            const input = form.querySelector(`input[name="answer"][value="${value}"]`);
            if (!input) throw new Error(`no option "${value}" on "${before}"`);
            input.click();
            if (!input.checked) input.click();
            button = [...form.querySelectorAll('button')].find(
              (candidate) => candidate.textContent.trim() === 'Continue',
            );
          } else {
            button =
              form.querySelector('button.secondary') ??
              [...form.querySelectorAll('button[type="button"]')].at(-1);
          }
          const changed = until(root, () => headingOf(root) !== before && hasQuestion(root));
          bench.focusAt = undefined;
          const start = performance.now();
          button.click();
          const dom = await changed;
          const [raf, painted] = await frame();
          record(step, dom - start);
          if (bench.focusAt > start) record(`${step}BeforeFocus`, bench.focusAt - start);
          record(`${step}Frame`, raf - start);
          record(`${step}Painted`, painted - start);
        }
      }
      return samples;
    },
  };
  window.__bench = bench;
  // When each screen's heading is focused (the widget's updated() and the static page both do
  // it): splits "answer → DOM" into building the screen and the style/layout focus() forces.
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (...args) {
    bench.focusAt = performance.now();
    return focus.apply(this, args);
  };
  // The widget: intro rendered (heading in the open shadow root), Start clicked at that moment,
  // then the first question rendered.
  customElements.whenDefined('ex-back-quiz').then(() => {
    t.ran = performance.now();
    const root = document.querySelector('ex-back-quiz')?.shadowRoot;
    if (!root) {
      t.error = 'no open shadow root on <ex-back-quiz>';
      return;
    }
    until(
      root,
      () => headingOf(root) !== '' && root.querySelector('button.primary'),
      () => root.querySelector('button.primary').click(),
    )
      .then((at) => {
        t.intro = at;
        return until(root, () => hasQuestion(root));
      })
      .then(shown);
  });
}
