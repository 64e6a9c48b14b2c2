import { createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdir, readFile, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';

export interface SimulatorCertificates {
  caFile: string;
  caPem: string;
  certPem: string;
  keyPem: string;
}

const CA_FILE = 'ca.pem';
const CERT_FILE = 'server.pem';
const KEY_FILE = 'server-key.pem';
const CA_KEY_FILE = 'ca-key.pem';

/**
 * Makes (once) a local certificate authority and a server certificate it signs for `127.0.0.1` and
 * `localhost`, in `certDir`; reuses them while they are present, parse, chain, and stay valid for a day more.
 * Clients trust `ca.pem` explicitly.
 */
export async function ensureCertificates(certDir: string): Promise<SimulatorCertificates> {
  const caFile = join(certDir, CA_FILE);
  const existing = await loadValid(certDir);
  if (existing) return { caFile, ...existing };
  await mkdir(certDir, { recursive: true });
  const made = createCertificates();
  await writeFile(join(certDir, CA_KEY_FILE), made.caKeyPem, { mode: 0o600 });
  await writeFile(join(certDir, KEY_FILE), made.keyPem, { mode: 0o600 });
  await chmod(join(certDir, CA_KEY_FILE), 0o600);
  await chmod(join(certDir, KEY_FILE), 0o600);
  await writeFile(caFile, made.caPem);
  await writeFile(join(certDir, CERT_FILE), made.certPem);
  return { caFile, caPem: made.caPem, certPem: made.certPem, keyPem: made.keyPem };
}

async function loadValid(certDir: string): Promise<{ caPem: string; certPem: string; keyPem: string } | undefined> {
  try {
    const [caPem, certPem, keyPem] = await Promise.all(
      [CA_FILE, CERT_FILE, KEY_FILE].map((f) => readFile(join(certDir, f), 'utf8')),
    ) as [string, string, string];
    const ca = new X509Certificate(caPem);
    const cert = new X509Certificate(certPem);
    const soon = Date.now() + 24 * 3600_000;
    const valid = (c: X509Certificate) => Date.parse(c.validFrom) <= Date.now() && Date.parse(c.validTo) > soon;
    if (!ca.ca || !valid(ca) || !valid(cert) || !cert.verify(ca.publicKey) || !cert.checkIP('127.0.0.1')) return undefined;
    if (!cert.checkPrivateKey(createPrivateKey(keyPem))) return undefined;
    return { caPem, certPem, keyPem };
  } catch {
    return undefined;
  }
}

function newKeyPair(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey; pem: string } {
  // Node's native generator is much faster than forge's pure-JS one; forge only builds and signs the certificates.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(pem);
  return { privateKey: forgeKey, publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e), pem };
}

function serial(): string {
  // Positive, 16 random bytes (RFC 5280 allows up to 20 octets).
  return '01' + forge.util.bytesToHex(forge.random.getBytesSync(15));
}

function createCertificates(): { caPem: string; caKeyPem: string; certPem: string; keyPem: string } {
  const caKeys = newKeyPair();
  const ca = forge.pki.createCertificate();
  ca.publicKey = caKeys.publicKey;
  ca.serialNumber = serial();
  ca.validity.notBefore = new Date(Date.now() - 3600_000);
  ca.validity.notAfter = new Date(Date.now() + 5 * 365 * 24 * 3600_000);
  const caName = [
    { name: 'commonName', value: 'Upfront Graph Simulator Local CA' },
    { name: 'organizationName', value: 'Upfront (local development only)' },
  ];
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const serverKeys = newKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = serverKeys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - 3600_000);
  cert.validity.notAfter = new Date(Date.now() + 825 * 24 * 3600_000);
  cert.setSubject([{ name: 'commonName', value: '127.0.0.1' }]);
  cert.setIssuer(caName);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 7, ip: '127.0.0.1' },
        { type: 2, value: 'localhost' },
      ],
    },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKeys.privateKey, forge.md.sha256.create());
  return {
    caPem: forge.pki.certificateToPem(ca),
    caKeyPem: caKeys.pem,
    certPem: forge.pki.certificateToPem(cert),
    keyPem: serverKeys.pem,
  };
}
