// The relevance question set shared by the C# tests, the browser tests and the benchmarks.
import fs from 'node:fs';
import { parse } from 'yaml';

export function questions(file) {
  return parse(fs.readFileSync(file, 'utf8')).questions;
}
