/**
 * Ids built from Math.random: the WeChat JS runtime has no `crypto.getRandomValues`, and
 * these ids only need to be unique (dedup keys, an anonymous visitor tag), not secret.
 */
export type RandomSource = () => number;

const hex = '0123456789abcdef';
const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function pick(alphabet: string, random: RandomSource): string {
  return alphabet.charAt(Math.floor(random() * alphabet.length) % alphabet.length);
}

/** An RFC 4122 version-4 UUID, e.g. `3b241101-e2bb-4255-8caf-4136c566a962`. */
export function uuidV4(random: RandomSource = Math.random): string {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (slot) =>
    slot === 'x' ? pick(hex, random) : pick('89ab', random),
  );
}

/** 22 URL-safe characters (~132 bits): matches the API's visitorId rule /^[A-Za-z0-9_-]{16,64}$/. */
export function newVisitorId(random: RandomSource = Math.random, length = 22): string {
  let id = '';
  for (let i = 0; i < length; i += 1) id += pick(urlSafe, random);
  return id;
}
