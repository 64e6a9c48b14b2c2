import { generateDemoWorld, type DemoWorldOptions } from '../demo-org/generate-demo-world.js';
import type { FaultState } from '../faults/fault-state.js';
import type { TokenService } from '../identity/token-service.js';
import { SendCallLog } from './send-call-log.js';
import type { SimMailbox, SimPerson, SimWorld } from './types.js';
import { releaseDeferred } from './deferred-send.js';

export interface SimIdentityConfig {
  tenantId: string;
  appClientId: string;
  appClientSecret: string;
}

/** Everything a request handler needs: the (mutable) world, identity, faults and the public base URL. */
export class SimRuntime {
  world: SimWorld;
  /** Bumped by reset and by the delta-expiry admin action: older delta/skip tokens answer 410. */
  deltaEpoch = 1;
  baseUrl = 'https://127.0.0.1';
  /** Calls to the send endpoints per app; kept across resets. */
  readonly sendCalls = new SendCallLog();
  private created = 0;
  /** The simulator's clock: the demo's `now` when it started, running on with real time (plus demo advances). */
  private readonly startedAtMs = Date.now();
  private clockAdvanceMs = 0;
  private peopleIndex: { world: SimWorld; byKey: Map<string, SimPerson> } | undefined;

  constructor(
    readonly nowIso: string,
    readonly identity: SimIdentityConfig,
    readonly tokens: TokenService,
    readonly faults: FaultState,
    readonly worldOptions: DemoWorldOptions = {},
  ) {
    this.world = generateDemoWorld(nowIso, worldOptions);
  }

  reset(): void {
    this.world = generateDemoWorld(this.nowIso, this.worldOptions);
    this.deltaEpoch += 1;
    this.created = 0;
  }

  nextSeq(): number {
    this.world.seq += 1;
    return this.world.seq;
  }

  /** A unique suffix for ids of items created through the API. */
  nextCreated(): string {
    this.created += 1;
    return `${this.deltaEpoch}-${this.created}`;
  }

  /** Milliseconds on the simulator's clock (deferred sends are released by it). */
  clockMs(): number {
    return Date.parse(this.nowIso) + (Date.now() - this.startedAtMs) + this.clockAdvanceMs;
  }

  /** Moves the simulator's clock on (`POST /demo/clock`): deferred messages whose time has come are sent. */
  advanceClock(ms: number): void {
    this.clockAdvanceMs += ms;
  }

  findPerson(idOrUpn: string): SimPerson | undefined {
    // Indexed by id and UPN: with thousands of generated users a scan per request would dominate.
    if (this.peopleIndex?.world !== this.world) {
      const byKey = new Map<string, SimPerson>();
      for (const p of this.world.people) {
        byKey.set(p.id, p);
        byKey.set(p.userPrincipalName.toLowerCase(), p);
      }
      this.peopleIndex = { world: this.world, byKey };
    }
    return this.peopleIndex.byKey.get(idOrUpn.toLowerCase());
  }

  personByAddress(address: string): SimPerson | undefined {
    return this.findPerson(address);
  }

  mailbox(person: SimPerson): SimMailbox {
    const m = this.world.mailboxes.get(person.id);
    if (!m) throw new Error(`no mailbox for ${person.id}`);
    releaseDeferred(m, this.clockMs());
    return m;
  }
}
