import { describe, expect, it } from 'vitest';
import { appOfTool } from './app-of.ts';

describe("a tool's mini-program", () => {
  it('is the part of its id before the first dot', () => {
    expect(appOfTool('express.shipParcel')).toBe('express');
    expect(appOfTool('a.b.c')).toBe('a');
    expect(appOfTool('alone')).toBe('alone');
  });
});
