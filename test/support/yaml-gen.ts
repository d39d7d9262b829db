/**
 * Texts made of manifest-shaped lines (keys, `- ` entries, scalars of every style, comments,
 * markers) at random indentation: mostly not valid YAML, and where valid, the layouts manifests
 * have. For properties of the fast reader (test/input/fast-yaml.test.ts) and its locator
 * (test/input/locator.test.ts).
 */
import fc from 'fast-check';

export function manifestShapedText(): fc.Arbitrary<string> {
  const k = fc.constantFrom('a', 'name', 'yes', '1', '"q"', "'s'", 'x y', 'on', '-k', 'k ');
  const v = fc.constantFrom(
    '', 'v', 'yes', '0777', '1e3', '.5', '~', '"d\\"q"', "'s''q'", '[a, "b"]', '{a: 1, b: [2]}', '[]', '{}', '|', '|-', '>', '>-',
    'a # c', 'a#b', 'http://x', '"open', "'open", 'x: y', '- z', '&a x', '*a', '!!str 1', '"e\\u00e9"', '"\\x41"', '-1', '12:30', 'v  ',
  );
  const lineOf = fc.oneof(
    fc.tuple(fc.nat(8), k, v).map(([n, key, val]) => `${' '.repeat(n)}${key}: ${val}`),
    fc.tuple(fc.nat(8), v).map(([n, val]) => `${' '.repeat(n)}- ${val}`),
    fc.tuple(fc.nat(8), k, v).map(([n, key, val]) => `${' '.repeat(n)}- ${key}: ${val}`),
    fc.tuple(fc.nat(8), fc.lorem({ maxCount: 3 })).map(([n, t]) => `${' '.repeat(n)}${t}`),
    fc.tuple(fc.nat(8)).map(([n]) => `${' '.repeat(n)}# comment`),
    fc.constantFrom('', '   ', '---', '--- # doc', '...'),
  );
  return fc.tuple(fc.array(lineOf, { maxLength: 12 }), fc.boolean()).map(([lines, endNl]) => lines.join('\n') + (endNl ? '\n' : ''));
}
