// Local ESLint rule: imports must follow the layer direction of DESIGN.md.
// It resolves each relative import against the importing file and checks which
// top-level folder of src/ (and which feature) it lands in.
import path from 'node:path';

/** What each top-level folder of src/ may import (besides itself). */
export const ALLOWED = {
  lib: [],
  model: ['lib'],
  format: ['model', 'lib'],
  sim: ['model', 'lib'],
  protocol: ['sim', 'model', 'lib'],
  handlers: ['protocol', 'lib'],
  runtime: ['protocol', 'sim', 'format', 'model', 'lib'],
  store: ['sim', 'format', 'model', 'lib'],
  components: ['model', 'lib'],
  features: ['components', 'store', 'runtime', 'sim', 'format', 'model', 'lib'],
  app: ['features', 'components', 'store', 'runtime', 'sim', 'format', 'model', 'lib'],
  cli: ['runtime', 'protocol', 'sim', 'format', 'model', 'lib'],
};

/** Where other layers may enter src/sim: its public indexes (and one path kept small for the worker). */
const SIM_ENTRIES = new Set([
  'sim',
  'sim/index',
  'sim/index.ts',
  'sim/patterns',
  'sim/patterns/index',
  'sim/patterns/index.ts',
]);
const SIM_EXCEPTIONS = { protocol: new Set(['sim/records/logLines']) };

/** Packages the pure core must not use. */
const CORE = new Set(['lib', 'model', 'format', 'sim', 'protocol', 'handlers']);
const CORE_FORBIDDEN = /^(react|react-dom|@xyflow\/|zustand|monaco-editor|@monaco-editor\/|node:)/;

function locate(file) {
  const parts = path.normalize(file).split(path.sep);
  const i = parts.lastIndexOf('src');
  if (i < 0 || i + 1 >= parts.length - 1) return null;
  return { layer: parts[i + 1], feature: parts[i + 1] === 'features' ? parts[i + 2] : undefined };
}

function simPath(resolved) {
  const parts = path.normalize(resolved).split(path.sep);
  return parts.slice(parts.lastIndexOf('src') + 1).join('/');
}

export default {
  rules: {
    direction: {
      meta: { type: 'problem', schema: [], messages: { bad: '{{why}}' } },
      create(context) {
        const file = context.filename;
        const from = locate(file);
        if (!from || !(from.layer in ALLOWED)) return {};
        const isTest = /\.test\.tsx?$/.test(file);
        function check(node, spec) {
          if (typeof spec !== 'string') return;
          if (!spec.startsWith('.')) {
            if (CORE.has(from.layer) && !isTest && CORE_FORBIDDEN.test(spec)) {
              context.report({
                node,
                messageId: 'bad',
                data: { why: `src/${from.layer} is part of the pure core and may not import "${spec}".` },
              });
            }
            return;
          }
          const to = locate(path.resolve(path.dirname(file), spec));
          if (!to || to.layer === from.layer) {
            if (to && from.layer === 'features' && to.feature !== from.feature) {
              context.report({
                node,
                messageId: 'bad',
                data: {
                  why: `Features never import each other: features/${from.feature} imports features/${to.feature}. Meet in store/ or components/.`,
                },
              });
            }
            return;
          }
          if (to.layer === 'sim' && !isTest) {
            const inside = simPath(path.resolve(path.dirname(file), spec));
            if (!SIM_ENTRIES.has(inside) && !SIM_EXCEPTIONS[from.layer]?.has(inside)) {
              context.report({
                node,
                messageId: 'bad',
                data: {
                  why: `Import the simulation through its public index ("sim" or "sim/patterns"), not "${inside}". Export what you need from src/sim/index.ts.`,
                },
              });
            }
          }
          if (!ALLOWED[from.layer].includes(to.layer)) {
            context.report({
              node,
              messageId: 'bad',
              data: {
                why: `src/${from.layer} may not import src/${to.layer} (allowed: ${ALLOWED[from.layer].join(', ') || 'nothing in src'}). See DESIGN.md layers.`,
              },
            });
          }
        }
        return {
          ImportDeclaration: (n) => check(n, n.source.value),
          ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
          ExportAllDeclaration: (n) => check(n, n.source.value),
          ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
        };
      },
    },
  },
};
