/**
 * Rule messages: `format` (a template's `{name}` replaced by the finding's data) and `formats` (whether
 * a message is what the template and data make, as the result cache asks of every finding it stores:
 * src/engine/finding-codec.ts) against the definition they replace, `template.replace(/\{(\w+)\}/g, …)`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { format, formats } from '../src/engine/rule.ts';
import { RULES } from '../rules/index.ts';

const byRegex = (template: string, data: Record<string, string | number> | undefined) => template.replace(/\{(\w+)\}/g, (m, k: string) => (data && data[k] !== undefined ? String(data[k]) : m));

// templates made of text, braces and placeholders, some named in the data and some not
const piece = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('{a}', '{b}', '{c_1}', '{', '}', '{}', '{{a}}', '{a b}', '{constructor}', '{toString}'));
const template = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
const data = fc.option(fc.dictionary(fc.constantFrom('a', 'b', 'c_1', 'x'), fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constantFrom('{a}', '$&', '$1'))), { nil: undefined });

describe('rule messages', () => {
  it('format is the regex replacement, for any template and data', () => {
    fc.assert(fc.property(template, data, (t, d) => {
        expect(format(t, d)).toBe(byRegex(t, d));
      }), { numRuns: 3000 });
  });

  it('formats(template, data, message) is whether format makes that message, without making it', () => {
    fc.assert(
      fc.property(template, data, fc.string({ maxLength: 4 }), fc.nat(40), (t, d, extra, cut) => {
        const m = byRegex(t, d);
        expect(formats(t, d, m)).toBe(true);
        // the message changed: longer, shorter, or one piece altered
        for (const other of [m + extra, m.slice(0, cut), `${m.slice(0, cut)}${extra}${m.slice(cut + 1)}`]) expect(formats(t, d, other)).toBe(other === m);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives every rule's templates the same message as the regex, with and without data", () => {
    let n = 0;
    for (const rule of RULES) {
      for (const t of Object.values(rule.meta.messages) as string[]) {
        const names = [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        const full = Object.fromEntries(names.map((k, i) => [k, `v${i}…`]));
        for (const d of [full, {}, undefined]) {
          expect(format(t, d)).toBe(byRegex(t, d));
          expect(formats(t, d, byRegex(t, d))).toBe(true);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(100);
  });
});
