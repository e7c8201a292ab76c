import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED } from '../../scripts/lib/generated';

// Every file `npm run generate` writes is committed as it would write it now.
describe('generated files', () => {
  it.each(GENERATED.map((g) => ({ path: g.path.split('/options/').pop(), g })))(
    '$path is up to date',
    ({ g }) => {
      expect(
        readFileSync(g.path, 'utf8'),
        `${g.path} is out of date: run \`npm run generate\``,
      ).toBe(g.content());
    },
  );
});
