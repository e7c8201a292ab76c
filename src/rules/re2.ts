import { RE2JS, RE2JSSyntaxException } from 're2js';
import type { CompiledPattern, Found, RegexEngine } from './engine';

const FLAG_BITS: Readonly<Record<string, number>> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
  // RE2 always reads text as Unicode.
  u: 0,
};

function findAll(re: RE2JS, text: string): Found[] {
  const found: Found[] = [];
  const m = re.matcher(text);
  while (m.find()) found.push([m.start(), m.end()]);
  return found;
}

/** re2js: RE2 in JavaScript, matching in time linear in the text, whatever the pattern. */
export const re2Engine: RegexEngine = {
  compile(pattern, flags) {
    const bits = [...flags].reduce((all, f) => all | (FLAG_BITS[f] ?? 0), 0);
    try {
      const re = RE2JS.compile(pattern, bits);
      return { findAll: (text) => findAll(re, text) } satisfies CompiledPattern;
    } catch (error) {
      if (error instanceof RE2JSSyntaxException)
        return { error: error.getDescription(), fragment: error.input };
      return { error: error instanceof Error ? error.message : String(error), fragment: null };
    }
  },
};
