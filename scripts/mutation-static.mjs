// The module-level declarations of TypeScript files, where StrykerJS's static mutants live, as one
// `--mutate` value (file:start-end ranges, joined by commas), so a run can measure the static
// mutants that `--ignoreStatic` leaves out without the rest (docs/mutation.md):
//
//   npm run mutation -- --mutate "$(node scripts/mutation-static.mjs src/lib/markdown/rehype-guard.ts)"
//
// A declaration whose values are all functions is left out: their bodies run inside tests, and
// Stryker measures their mutants there.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/mutation-static.mjs <file.ts>…');
  process.exit(2);
}
const ranges = files.flatMap((file) => {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const line = (position) => source.getLineAndCharacterOfPosition(position).line + 1;
  return source.statements
    .filter((statement) => ts.isVariableStatement(statement))
    .filter((statement) => !statement.declarationList.declarations.every((d) => d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))))
    .map((statement) => `${file}:${line(statement.getStart())}-${line(statement.getEnd())}`);
});
console.log(ranges.join(','));
