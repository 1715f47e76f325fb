// The design's two example questions as named operations (examples/operations/), shared by the
// API tests, the explorer and bench/latency.ts.
import { exampleOperation } from '../src/exampleOperations.js';

export const WHO_REQUESTED_SUPPORT = exampleOperation('WhoRequestedSupport');
export const WHICH_NOTICE_DEMANDS_WHAT = exampleOperation('WhichNoticeDemandsWhat');
