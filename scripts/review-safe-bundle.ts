// A Vite plugin that takes out of the bundles the library code Luoshi never runs but that addons.mozilla.org's
// linter (`web-ext lint`, `npm run lint:firefox`) reports as unsafe: the Function constructor (DANGEROUS_EVAL) in
// zod and the innerHTML assignment (UNSAFE_VAR_ASSIGNMENT) in Preact. test/browser/firefox-lint.test.ts runs the
// linter on the built Firefox package and fails when either comes back.
//
// Why each edit cannot change what Luoshi does:
// - zod `allowsEval` probes `new Function("")` to decide whether object schemas may compile a fast parser. lib/zod.ts
//   sets `jitless: true` before any schema exists, and zod then answers false without probing; the edit makes the
//   answer false always.
// - zod `Doc.compile()` builds that fast parser with the Function constructor; zod calls it only when `allowsEval`
//   is true, which it never is now. The edit makes it throw instead.
// - Preact writes `dangerouslySetInnerHTML` into `innerHTML`. No Luoshi component uses that prop (page text is
//   never put into innerHTML); the edit makes Preact throw if one ever does, so the mistake is seen at once
//   instead of shipped.
//
// Each edit must match exactly once in its module: after a zod or Preact upgrade that changes the code, the build
// stops and names the edit, rather than silently shipping the code again.
import type { Plugin } from 'vite';

interface Edit {
  /** what the edit removes, for the build error */
  name: string;
  /** the module, by the end of its resolved path */
  module: RegExp;
  find: RegExp;
  replace: string;
}

export const EDITS: Edit[] = [
  {
    name: 'zod allowsEval probe',
    module: /\/node_modules\/zod\/v4\/core\/util\.js$/,
    find: /const F = Function;\s*new F\(""\);\s*return true;/g,
    replace: 'return false;',
  },
  {
    name: 'zod Doc.compile',
    module: /\/node_modules\/zod\/v4\/core\/doc\.js$/,
    find: /const F = Function;[\s\S]*?return factory\(.*\);/g,
    replace: 'throw new Error("Luoshi runs zod jitless (lib/zod.ts): no compiled parsers");',
  },
  {
    name: 'Preact dangerouslySetInnerHTML',
    module: /\/node_modules\/preact\/dist\/preact\.mjs$/,
    // minified: `(t.innerHTML=h.__html)`; the variable names change between releases, the shape does not
    find: /\(\w+\.innerHTML=\w+\.__html\)/g,
    replace: '(()=>{throw Error("Luoshi: dangerouslySetInnerHTML is not supported")})()',
  },
];

/** Applies EDITS; throws (failing the build) when an edit's module is bundled but the edit matches not exactly once. */
export function reviewSafeBundle(): Plugin {
  return {
    name: 'luoshi-review-safe-bundle',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0].replace(/\\/g, '/');
      let out = code;
      let changed = false;
      for (const edit of EDITS) {
        if (!edit.module.test(path)) continue;
        const count = out.match(edit.find)?.length ?? 0;
        if (count !== 1) {
          throw new Error(
            `review-safe-bundle: "${edit.name}" matched ${count} times in ${path} (expected once). ` +
              'The library changed: check scripts/review-safe-bundle.ts against its new code, then `npm run lint:firefox`.',
          );
        }
        out = out.replace(edit.find, edit.replace);
        changed = true;
      }
      return changed ? { code: out, map: null } : null;
    },
  };
}
