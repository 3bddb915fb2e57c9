// `npm run map`: draws the quiz's decision tree, read from the machine and content/, to
// content/decision-tree.svg (see scripts/map/). `npm run map -- --check` writes nothing and fails
// if the committed picture is out of date; npm test runs the same check (test/map/).
import { writeFile } from 'node:fs/promises';
import { drawPicture, PICTURE, picturePath, pictureProblem } from './map/picture.js';

if (process.argv.includes('--check')) {
  const problem = await pictureProblem();
  console.log(problem ?? `${PICTURE} is up to date.`);
  process.exitCode = problem ? 1 : 0;
} else {
  await writeFile(picturePath, await drawPicture());
  console.log(`Wrote ${PICTURE}.`);
}
