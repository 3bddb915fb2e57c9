// `cem analyze` reads the element's JSDoc (@attr, @fires, @csspart, @cssproperty, @slot) and, with
// `litelement`, its `static properties`, which give each attribute its property, type and default.
// test/e2e/manifest.test.js holds the result against the built element.
export default {
  globs: ['src/quiz-element.ts', 'src/define.ts'],
  outdir: 'dist',
  // The build owns package.json; the analyzer would rewrite its customElements field.
  packagejson: false,
  litelement: true,
  plugins: [publicApiOnly(), resolvedReferences(), shippedPaths()],
};

/**
 * The package ships built files, not src/: each module's path, and every reference to it, becomes
 * the npm entry a page imports it from (package.json `exports`): the class from `ex-back-quiz`
 * (dist/lib/index.js, which defines nothing), the definition from `ex-back-quiz/define`. Tools
 * that follow a path (editors, docs generators) then find a file that is in the package.
 */
function shippedPaths() {
  const shipped = {
    'src/quiz-element.ts': 'dist/lib/index.js',
    'src/define.ts': 'dist/lib/define.js',
  };
  const at = (path) => shipped[path] ?? path;
  return {
    name: 'ex-back-quiz: shipped paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        module.path = at(module.path);
        for (const { declaration } of module.exports ?? []) {
          if (declaration?.module) declaration.module = at(declaration.module);
        }
      }
    },
  };
}

/**
 * The analyzer records everything a class declares; editors, docs tools and type generators then
 * offer all of it as API. Keeps only what a page can use: public, non-`#` members, and no Lit
 * `state: true` property, which Lit gives no attribute but the analyzer's Lit support does.
 */
function publicApiOnly() {
  /** `${module path}:${class name}` → the names of its `state: true` properties. */
  const stateProperties = new Map();

  return {
    name: 'ex-back-quiz: public API only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      for (const member of node.members) {
        const isStaticProperties =
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'properties' &&
          member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStaticProperties || !member.initializer) continue;
        if (!ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property)) continue;
          if (!ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) =>
              ts.isPropertyAssignment(option) &&
              option.name.getText() === 'state' &&
              option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) names.add(property.name.getText());
        }
      }
      stateProperties.set(`${moduleDoc.path}:${node.name.text}`, names);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        const state = stateProperties.get(`${moduleDoc.path}:${declaration.name}`) ?? new Set();
        const isPublic = (member) =>
          (member.privacy ?? 'public') === 'public' &&
          !member.name.startsWith('#') &&
          !state.has(member.name);
        declaration.members = declaration.members?.filter(isPublic);
        declaration.attributes = declaration.attributes?.filter(
          (attribute) => !state.has(attribute.fieldName),
        );
        // An attribute's @attr text is its property's too, so each is written once.
        for (const attribute of declaration.attributes ?? []) {
          const field = declaration.members?.find((member) => member.name === attribute.fieldName);
          if (field && !field.description && attribute.description) {
            field.description = attribute.description;
          }
        }
      }
    },
  };
}

/**
 * The analyzer points an export at its declaration's module in three spellings: the module's path
 * ("src/x.ts"), a root-relative one ("/src/x.ts", for a custom-element-definition of an imported
 * class) or the import specifier ("./x.ts"), and it says a re-exported import (`export { X }`) is
 * declared in the re-exporting module. Tools follow `module` to a module's `path`, so each
 * reference becomes the path of the module that declares the name. It also keeps local variables
 * that an object literal mentions (`{ snapshot }` inside a method) as declarations; only exported
 * ones are kept.
 */
function resolvedReferences() {
  return {
    name: 'ex-back-quiz: resolved references',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      const declares = (module, name) =>
        module.declarations?.some((declaration) => declaration.name === name) ?? false;

      for (const module of modules) {
        for (const { declaration } of module.exports ?? []) {
          if (!declaration?.module) continue;
          let path = declaration.module;
          if (path.startsWith('.')) path = new URL(path, `file:///${module.path}`).pathname;
          path = path.replace(/^\/+/, '');
          const target = modules.find((candidate) => candidate.path === path);
          if (!target || !declares(target, declaration.name)) {
            const homes = modules.filter((candidate) => declares(candidate, declaration.name));
            if (homes.length === 1) path = homes[0].path;
          }
          declaration.module = path;
        }
      }

      for (const module of modules) {
        module.declarations = module.declarations?.filter((declaration) =>
          module.exports?.some(
            (entry) =>
              entry.declaration?.name === declaration.name &&
              entry.declaration?.module === module.path,
          ),
        );
      }
    },
  };
}
