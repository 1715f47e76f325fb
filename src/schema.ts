// The SDL in schema/, read once: the contract is those files, in domain order.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config.js';

export function loadTypeDefs(dir = path.join(projectRoot, 'schema')): string {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}
