// STUB, replaced by the deadline engine.
import type { DeadlineKind, Span } from './types';

export function resolveDeadline(_expression: string, _referenceDate: string): { kind: DeadlineKind; due?: string } | null {
  return null;
}

export function findDeadlines(_text: string, _referenceDate: string): Span[] {
  return [];
}
