// The example operations (examples/operations/*.graphql) are written once and read by the
// explorer's tabs, the tests, the latency script and the typed client's code generator.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config.js';

export const exampleOperationsDir = path.join(projectRoot, 'examples', 'operations');

/** The text of examples/operations/<name>.graphql, whose operation is called <name>. */
export function exampleOperation(name: string): string {
  return fs.readFileSync(path.join(exampleOperationsDir, `${name}.graphql`), 'utf8');
}
