/** Counters for one load or write: HTTP requests on the wire, Graph requests inside batches, dependency waves. */
export class LoadStats {
  requests = 0;
  batchedRequests = 0;
  roundTrips = 0;
  note(wave: number): void {
    this.roundTrips = Math.max(this.roundTrips, wave);
  }
}

