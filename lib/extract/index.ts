// Placeholder until the engine lands: the public entry point of lib/extract.
import type { ExtractOptions, ExtractResult } from './types';
export type * from './types';

export function extract(_text: string, _options: ExtractOptions = {}): ExtractResult {
  return { spans: [], tasks: [] };
}
