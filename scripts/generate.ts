/**
 * Writes the files derived from the registry that the build cannot compute: the content script's
 * highlight CSS. `npm run generate`; a unit test fails when a committed copy is out of date.
 */
import { writeFileSync } from 'node:fs';
import { GENERATED } from './lib/generated';

for (const file of GENERATED) {
  writeFileSync(file.path, file.content());
  console.log(`wrote ${file.path}`);
}
