import { describe, expect, it } from 'vitest';

import { longestChain, median } from '../../../tools/bench/page-load';

const request = (startTime: number, responseEnd: number) => ({ startTime, responseEnd });

describe('the round trips a person waits through one after another', () => {
  it('counts requests in parallel once', () => {
    expect(longestChain([request(0, 200), request(10, 210), request(20, 190)])).toBe(1);
  });

  it('counts each request that waited for the one before it', () => {
    // site → lists → (institution ‖ reviews) → the open review
    const chain = [request(0, 200), request(200, 400), request(401, 600), request(402, 650), request(650, 900)];
    expect(longestChain(chain)).toBe(4);
  });

  it('follows the longest path, not the order the requests were made in', () => {
    expect(longestChain([request(0, 1000), request(0, 100), request(100, 200), request(200, 300)])).toBe(3);
    expect(longestChain([])).toBe(0);
  });
});

describe('median', () => {
  it('takes the middle run, or the mean of the two middle ones', () => {
    expect(median([3222, 2900, 3500, 3100, 4000])).toBe(3222);
    expect(median([1, 4, 2, 3])).toBe(2.5);
  });
});
