import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Clock, Instant } from '@upfront/core';
import { DRAFT_KEY_PROPERTY_ID } from '@upfront/graph';
import type { RunningSimulator } from '@upfront/graph-sim';
import { Agent, fetch as undiciFetch } from 'undici';
import { simDemo } from '../support.js';

const workerScript = fileURLToPath(new URL('./fixtures/digest-worker-process.ts', import.meta.url));
const serverRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A clock the test moves by hand. */
export function handClock(startAt: string): Clock & { set(at: string): void } {
  let ms = Date.parse(startAt);
  return { now: () => new Date(ms).toISOString().replace('.000Z', 'Z') as Instant, set: (at) => void (ms = Date.parse(at)) };
}

/** Starts a worker process (the real `runWorker`) with a server environment; resolves once it is ready. */
export async function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess & { output: string[] }> {
  const child = Object.assign(
    spawn(process.execPath, ['--import', 'tsx', workerScript], { cwd: serverRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }),
    { output: [] as string[] },
  );
  child.stdout.on('data', (chunk: Buffer) => child.output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => child.output.push(chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (child.output.join('').includes('worker ready')) resolve();
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${child.output.join('')}`)));
  });
  return child;
}

/** Kills a process with SIGKILL (no cleanup, like a crash) and waits for it to be gone. */
export async function crash(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await gone;
}

/** The demo people: their object id, address and whether the tenant's app access policy covers their mailbox. */
export async function demoPeople(sim: RunningSimulator): Promise<{ id: string; userPrincipalName: string }[]> {
  return (await simDemo<{ value: { id: string; userPrincipalName: string }[] }>(sim, '/demo/users')).value;
}

/** How many messages in a mailbox carry a draft key, asked of the simulator as Graph (app-only token). */
export async function draftsWithKey(sim: RunningSimulator, appToken: string, userId: string, draftKey: string): Promise<number> {
  const filter = `singleValueExtendedProperties/Any(ep: ep/id eq '${DRAFT_KEY_PROPERTY_ID}' and ep/value eq '${draftKey}')`;
  const res = await undiciFetch(`${sim.url}/v1.0/users/${encodeURIComponent(userId)}/messages?$filter=${encodeURIComponent(filter)}&$select=id&$top=50`, {
    headers: { authorization: `Bearer ${appToken}` },
    dispatcher: new Agent({ connect: { ca: sim.caPem } }),
  });
  if (!res.ok) throw new Error(`draft look-up for ${userId} answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { value: unknown[] }).value.length;
}

/** The draft keys of the Upfront drafts in a person's Drafts folder, from the simulator's loopback demo view. */
export async function draftsInMailbox(sim: RunningSimulator, userPrincipalName: string): Promise<string[]> {
  const mailbox = await simDemo<{ drafts: { singleValueExtendedProperties: { id: string; value: string }[] }[] }>(sim, `/demo/mailbox/${encodeURIComponent(userPrincipalName)}`);
  return mailbox.drafts.flatMap((d) => d.singleValueExtendedProperties.filter((p) => p.id.toLowerCase() === DRAFT_KEY_PROPERTY_ID.toLowerCase()).map((p) => p.value));
}
