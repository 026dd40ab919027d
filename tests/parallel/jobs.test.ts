import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../src/parallel/jobs.js';

describe('defaultJobs', () => {
  it('leaves one core to the collector and the writer', () => {
    expect(defaultJobs(8)).toBe(7);
    expect(defaultJobs(2)).toBe(1);
  });
  it('runs on one thread at least', () => {
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(0)).toBe(1);
  });
});
