/**
 * Ids built from Math.random: the WeChat JS runtime has no `crypto.getRandomValues`, and
 * these ids only need to be unique (dedup keys, anonymous visitor and sharer tags), not secret.
 */
export type RandomSource = () => number;

const hex = '0123456789abcdef';
const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function pick(alphabet: string, random: RandomSource): string {
  return alphabet.charAt(Math.floor(random() * alphabet.length) % alphabet.length);
}

function urlSafeId(length: number, random: RandomSource): string {
  let id = '';
  for (let i = 0; i < length; i += 1) id += pick(urlSafe, random);
  return id;
}

/** An RFC 4122 version-4 UUID, e.g. `3b241101-e2bb-4255-8caf-4136c566a962`. */
export function uuidV4(random: RandomSource = Math.random): string {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (slot) => (slot === 'x' ? pick(hex, random) : pick('89ab', random)));
}

/** 22 URL-safe characters (~132 bits): matches the API's visitorId rule /^[A-Za-z0-9_-]{16,64}$/. */
export function newVisitorId(random: RandomSource = Math.random, length = 22): string {
  return urlSafeId(length, random);
}

/**
 * 12 URL-safe characters (~72 bits): matches the API's sharer rule /^[A-Za-z0-9_-]{8,32}$/.
 * Short because it travels in every shared card's path; it is not the visitor id, so a
 * shared link never reveals who counted as which visitor.
 */
export function newSharerTag(random: RandomSource = Math.random, length = 12): string {
  return urlSafeId(length, random);
}
