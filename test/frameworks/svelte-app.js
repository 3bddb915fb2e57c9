// Mounts and unmounts the Svelte 5 component (Quiz.svelte) with Svelte's own mount and unmount.
import { mount, unmount } from 'svelte';
import Quiz from './Quiz.svelte';

const target = document.getElementById('app');
const holder = document.createElement('div');
const toggle = document.createElement('button');
toggle.type = 'button';
toggle.id = 'toggle';
target.append(toggle, holder);

let app = null;
function render() {
  toggle.textContent = app ? 'Unmount' : 'Mount';
}
toggle.addEventListener('click', () => {
  if (app) {
    unmount(app);
    app = null;
  } else {
    app = mount(Quiz, { target: holder, props: { guideUrl: './guide.html' } });
  }
  render();
});
app = mount(Quiz, { target: holder, props: { guideUrl: './guide.html' } });
render();
