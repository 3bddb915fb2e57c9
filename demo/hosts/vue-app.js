// vue.html: a Vue 3 app that renders <ex-back-quiz> from a template, compiled in the browser by
// Vue's full build (the same compiler a .vue file goes through at build time), with the element
// declared as a custom element. `:no-quick-exit="noQuickExit"` with noQuickExit false is what the
// contract calls Vue binding `:no-quick-exit="false"`: Vue sets the attribute to "false".
import { createApp } from 'vue/dist/vue.esm-bundler.js';

const describe = (event) =>
  event.detail && 'outcome' in event.detail ? `${event.type}:${event.detail.outcome}` : event.type;

const app = createApp({
  data: () => ({ shown: true, noQuickExit: false, persist: false, headingLevel: '2', events: [] }),
  methods: {
    record(event) {
      this.events.push(describe(event));
    },
  },
  template: `
    <p class="controls">
      <button type="button" id="toggle-quiz" @click="shown = !shown">
        {{ shown ? 'Remove the quiz' : 'Add the quiz' }}
      </button>
      <label><input type="checkbox" id="no-quick-exit" v-model="noQuickExit" /> no-quick-exit</label>
      <label><input type="checkbox" id="persist" v-model="persist" /> persist</label>
      <label>heading-level
        <select id="heading-level" v-model="headingLevel">
          <option v-for="level in ['1', '2', '3', '4']" :key="level" :value="level">{{ level }}</option>
        </select>
      </label>
    </p>
    <ex-back-quiz
      v-if="shown"
      id="vue-quiz"
      exit-url="./exit.html"
      guide-url="../"
      :heading-level="headingLevel"
      :no-quick-exit="noQuickExit"
      :persist="persist"
      @quiz-start="record"
      @quiz-answer="record"
      @quiz-complete="record"
      @quiz-restart="record"
      @quiz-exit="record"
    >
      <p>The quiz needs JavaScript.</p>
    </ex-back-quiz>
    <p>Events the app received: <output id="events">{{ events.join(' ') }}</output></p>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'ex-back-quiz';
app.mount('#app');
