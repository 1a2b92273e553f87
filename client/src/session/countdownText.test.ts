import { describe, expect, it } from 'vitest';
import { countdownText } from './countdownText.js';

describe('countdownText', () => {
  it('shows minutes and seconds, rounding a started second up', () => {
    expect(countdownText(0)).toBe('0:00');
    expect(countdownText(1)).toBe('0:01');
    expect(countdownText(9_000)).toBe('0:09');
    expect(countdownText(245_000)).toBe('4:05');
    expect(countdownText(244_001)).toBe('4:05');
  });

  it('adds hours only when needed and never goes below zero', () => {
    expect(countdownText(3_723_000)).toBe('1:02:03');
    expect(countdownText(-5_000)).toBe('0:00');
  });
});
