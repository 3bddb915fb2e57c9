// The parts the bundle analysis splits the embed into, by module path, and the entry files that
// import one part (or several) alone, so that each can be built without the rest.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** The parts of the embed, by module path; the first match wins. */
export const PARTS = [
  {
    key: 'lit',
    label: 'lit (lit, lit-html, lit-element, @lit/reactive-element)',
    test: (id) => /\/node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(id),
  },
  { key: 'xstate', label: 'xstate', test: (id) => /\/node_modules\/xstate\//.test(id) },
  {
    key: 'guide',
    label: 'guide text (`content/guide.ts`)',
    test: (id) => id.endsWith('/content/guide.ts'),
  },
  {
    key: 'copy',
    label: 'quiz copy (`content/` except `guide.ts`)',
    test: (id) => /\/content\/[^?]*\.ts$/.test(id),
  },
  { key: 'css', label: 'CSS (`src/**/*.styles.ts`)', test: (id) => /\.styles\.ts$/.test(id) },
  {
    key: 'own',
    label: 'our code (`src/`, `machines/`)',
    test: (id) => /\/(src|machines)\/[^?]*\.ts$/.test(id),
  },
];

export const partOf = (id) => PARTS.find((part) => part.test(id))?.key ?? 'other';

/** The label's first words, for prose: "guide text", "our code". */
export const shortLabel = (part) => part.label.split(' (')[0];

/** Named value imports of lit and xstate in our sources: what an entry of only that dependency
 *  has to import to keep the same code alive. Read from the sources on every run. */
export function dependencyImports() {
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .stdout.split('\n')
    .filter((file) => /^(src|machines|content)\/.*\.ts$/.test(file) && existsSync(file));
  const imports = new Map(); // specifier → Set of names ('*' for a namespace import)
  const pattern = /import\s+(type\s+)?(\{[^}]*\}|\*\s+as\s+\w+)\s+from\s+'([^']+)'/g;
  for (const file of files) {
    for (const [, typeOnly, clause, specifier] of readFileSync(file, 'utf8').matchAll(pattern)) {
      const part = specifier.startsWith('@lit/')
        ? 'lit'
        : specifier.split('/')[0].replace(/-(html|element)$/, '');
      if (typeOnly || !['lit', 'xstate'].includes(part)) continue;
      const names = imports.get(specifier) ?? new Set();
      if (clause.startsWith('*')) names.add('*');
      for (const item of clause.replace(/[{}]/g, '').split(',')) {
        const name = item.trim().split(/\s+as\s+/)[0];
        if (name && !name.startsWith('type ')) names.add(name);
      }
      imports.set(specifier, names);
    }
  }
  return imports;
}

/**
 * The lines of an entry file that imports only the part `key`: for lit and xstate, the names our
 * sources import (`imports`, from dependencyImports); for the others, every module of that part
 * in the whole embed (`moduleIds`, from its build).
 */
export function entryLines(key, { imports, moduleIds }) {
  if (key === 'lit' || key === 'xstate') {
    return [...imports]
      .filter(([specifier]) => (key === 'xstate') === specifier.startsWith('xstate'))
      .map(([specifier, names], index) =>
        names.has('*')
          ? `export * as ns${key}${index} from '${specifier}';`
          : `export { ${[...names].map((name) => `${name} as ${key}${index}_${name}`).join(', ')} } from '${specifier}';`,
      );
  }
  return moduleIds
    .filter((id) => partOf(id) === key && !id.startsWith('\0'))
    .map((id, index) => `export * as ${key}${index} from '${id}';`);
}
