import { createElderStore, elderModeStorageKey } from '../../../miniapp/src/elder/elderStore';
import { elderMinScale, pageFontScale } from '../../../miniapp/src/elder/fontScale';
import { memoryStorage } from './support/memoryStorage';

describe('page font scale', () => {
  it('follows the WeChat font setting in standard mode, never below 1', () => {
    expect(pageFontScale(1, false)).toBe(1);
    expect(pageFontScale(1.25, false)).toBe(1.25);
    expect(pageFontScale(0.9, false)).toBe(1);
    expect(pageFontScale(Number.NaN, false)).toBe(1);
  });

  it('is at least 1.3× in elder mode, or the WeChat factor when that is larger', () => {
    expect(pageFontScale(1, true)).toBe(elderMinScale);
    expect(pageFontScale(1.15, true)).toBe(1.3);
    expect(pageFontScale(1.5, true)).toBe(1.5);
  });

  it('stops growing where a phone line would hold only a few characters', () => {
    expect(pageFontScale(3, false)).toBe(1.6);
    expect(pageFontScale(3, true)).toBe(2);
  });
});

describe('elder mode switch', () => {
  it('is off until the user turns it on, and is remembered on the device', () => {
    const storage = memoryStorage();
    expect(createElderStore(storage).get()).toBe(false);

    createElderStore(storage).set(true);

    expect(createElderStore(storage).get()).toBe(true);
    expect(storage.get(elderModeStorageKey)).toBe(true);
  });

  it('tells every open page when it changes', () => {
    const store = createElderStore(memoryStorage());
    const seen: boolean[] = [];
    const unsubscribe = store.subscribe((on) => seen.push(on));

    store.set(true);
    store.set(false);
    unsubscribe();
    store.set(true);

    expect(seen).toEqual([true, false]);
  });

  it('still switches for this run when storage refuses to write', () => {
    const storage = memoryStorage();
    storage.failWrites = true;
    const store = createElderStore(storage);

    store.set(true);

    expect(store.get()).toBe(true);
  });
});
