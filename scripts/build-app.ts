// npm run app:build: builds the workbench (src/app/) into dist/app/ with Vite, whatever the state
// of an earlier build. `npm start` and the tests build it themselves when it is missing or stale.
import { buildApp } from '../src/appBuild.js';

await buildApp({ verbose: true });
