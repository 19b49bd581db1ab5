// Blocks by computed display (lib/page/layout.ts): what starts a new line of text.
import { describe, expect, test } from 'vitest';
import { displayStartsLine } from '../../../lib/page/layout';

describe('displayStartsLine', () => {
  test.each([
    ['block', 'span', true], // <span style="display:block">
    ['flex', 'div', true],
    ['grid', 'section', true],
    ['list-item', 'li', true],
    ['table-cell', 'td', true],
    ['table-row', 'tr', true],
    ['flow-root', 'div', true],
    ['block flow', 'span', true],
    ['inline', 'div', false], // <div style="display:inline">
    ['inline-block', 'span', false],
    ['inline-flex', 'span', false],
    ['contents', 'div', false],
    ['inline flow-root', 'span', false],
  ])('%s on <%s> starts a line: %s', (display, tag, expected) => {
    expect(displayStartsLine(display, tag)).toBe(expected);
  });

  test('without layout (no computed display) the tag decides', () => {
    expect(displayStartsLine('', 'p')).toBe(true);
    expect(displayStartsLine('', 'span')).toBe(false);
  });
});
