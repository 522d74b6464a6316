/**
 * Request accounting for benchmarks: wire requests and $batch parts by method and path
 * template (`GET /sites/{id}/lists/{id}/items`), envelopes, statuses and bytes sent.
 */
export class Stats {
  private requests = new Map<string, number>();
  private batchParts = new Map<string, number>();
  private statuses = new Map<string, number>();
  private envelopes = 0;
  private parts = 0;
  private responseBytes = 0;
  private since = new Date();

  request(template: string): void {
    this.requests.set(template, (this.requests.get(template) ?? 0) + 1);
  }

  batchPart(template: string): void {
    this.parts++;
    this.batchParts.set(template, (this.batchParts.get(template) ?? 0) + 1);
  }

  batchEnvelope(): void {
    this.envelopes++;
  }

  status(status: number): void {
    const key = String(status);
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
  }

  bytes(n: number): void {
    this.responseBytes += n;
  }

  reset(): void {
    this.requests.clear();
    this.batchParts.clear();
    this.statuses.clear();
    this.envelopes = 0;
    this.parts = 0;
    this.responseBytes = 0;
    this.since = new Date();
  }

  snapshot(): Record<string, unknown> {
    const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
    return {
      since: this.since.toISOString(),
      totalRequests: sum(this.requests),
      requests: Object.fromEntries([...this.requests].sort()),
      batch: { envelopes: this.envelopes, parts: this.parts, partsByTemplate: Object.fromEntries([...this.batchParts].sort()) },
      statuses: Object.fromEntries([...this.statuses].sort()),
      responseBytes: this.responseBytes,
    };
  }
}
