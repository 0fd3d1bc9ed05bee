import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Personal data a person chose to give (a sign-up's name and phone) is stored only encrypted:
 * AES-256-GCM (Node's crypto) with a key derived from the PERSONAL_DATA_KEY secret, a fresh
 * random IV per value, authenticated so a tampered value fails to open.
 * Stored as `v1.<iv>.<tag>.<ciphertext>` (base64url).
 */
function keyOf(secret: string): Buffer {
  return createHash('sha256').update(`personal-data:${secret}`).digest();
}

export function encryptPersonal(plaintext: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function decryptPersonal(sealed: string, secret: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || ciphertext === undefined) throw new Error('Not a sealed personal value');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
