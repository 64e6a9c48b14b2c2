import { generateDemoWorld, type DemoWorldOptions } from '../demo-org/generate-demo-world.js';
import type { FaultState } from '../faults/fault-state.js';
import type { TokenService } from '../identity/token-service.js';
import type { SimMailbox, SimPerson, SimWorld } from './types.js';

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
  private created = 0;

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

  findPerson(idOrUpn: string): SimPerson | undefined {
    const key = idOrUpn.toLowerCase();
    return this.world.people.find((p) => p.id === key || p.userPrincipalName.toLowerCase() === key);
  }

  personByAddress(address: string): SimPerson | undefined {
    return this.findPerson(address);
  }

  mailbox(person: SimPerson): SimMailbox {
    const m = this.world.mailboxes.get(person.id);
    if (!m) throw new Error(`no mailbox for ${person.id}`);
    return m;
  }
}
