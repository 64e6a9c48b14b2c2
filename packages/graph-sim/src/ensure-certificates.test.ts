import { X509Certificate } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureCertificates } from './ensure-certificates.js';

describe('ensureCertificates', () => {
  it('makes a CA and a server certificate for 127.0.0.1 and localhost, then reuses them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-ca-'));
    const first = await ensureCertificates(dir);
    const ca = new X509Certificate(first.caPem);
    const cert = new X509Certificate(first.certPem);
    expect(ca.ca).toBe(true);
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(cert.checkHost('localhost')).toBe('localhost');
    expect(statSync(join(dir, 'server-key.pem')).mode & 0o777).toBe(0o600);
    const second = await ensureCertificates(dir);
    expect(second.certPem).toBe(first.certPem);
    expect(second.caFile).toBe(join(dir, 'ca.pem'));
  });
});
