// A Vue 3 app using the package: the element from 'ex-back-quiz/define', declared a custom
// element, in a template compiled by Vue's compiler. Three bindings of no-quick-exit, to the same
// state, show how Vue passes each: `:no-quick-exit` (no such property: Vue writes the attribute,
// false as "false"), `.noQuickExit` (the property, always) and `:noQuickExit` (a property the
// element has: Vue sets it). `@quiz-complete` listens to the event.
import 'ex-back-quiz/define';
import { createApp } from 'vue/dist/vue.esm-bundler.js';

const app = createApp({
  data: () => ({ shown: true, noQuickExit: false, complete: '', events: [] }),
  methods: {
    done(event) {
      this.events.push(event.type);
      this.complete = `${event.detail.outcome}:${event.detail.steps.join(',')}`;
    },
  },
  template: `
    <p>
      <button type="button" id="toggle" @click="shown = !shown">{{ shown ? 'Unmount' : 'Mount' }}</button>
      <label><input type="checkbox" id="no-quick-exit" v-model="noQuickExit" /> no-quick-exit</label>
    </p>
    <template v-if="shown">
      <ex-back-quiz id="attribute" exit-url="./exit.html" :no-quick-exit="noQuickExit"></ex-back-quiz>
      <ex-back-quiz
        id="property"
        guide-url="./guide.html"
        exit-url="./exit.html"
        .noQuickExit="noQuickExit"
        @quiz-start="events.push($event.type)"
        @quiz-complete="done"
      ></ex-back-quiz>
      <ex-back-quiz id="camel" exit-url="./exit.html" :noQuickExit="noQuickExit"></ex-back-quiz>
    </template>
    <p>Events: <output id="events">{{ events.join(' ') }}</output></p>
    <p>Complete: <output id="complete">{{ complete }}</output></p>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'ex-back-quiz';
app.mount('#app');
