import type { Locator, Page } from 'playwright-core';
import { givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { newDesktopPage, waitForTaroPage } from '../support/browser';
import { useStackAndBrowser } from '../support/e2eHarness';
import { apiLogin, seedSession } from '../support/session';

/** 账号管理 with the keyboard alone, in the H5 build at a desk: 编辑, the role chips and 新建账号. */
jest.setTimeout(180_000);

const e2e = useStackAndBrowser();
let admin: TestAccount;

beforeAll(async () => {
  const tree = await givenOrgTree();
  admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id, name: '键盘测试管理员' });
  await givenAccount({ role: 'staff', unitId: tree.countyA.id, name: '键盘测试专员' });
});

const current = (page: Page): Locator => page.locator('.taro_page_stationed:not(.taro_page_shade)');

interface Stop {
  text: string;
  role: string;
  checked: string | null;
  ring: boolean;
  /** The text of the table row it is in, if any. */
  row: string;
}

async function focused(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { text: '', role: '', checked: null, ring: false, row: '' };
    const style = getComputedStyle(element);
    return {
      text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40),
      role: element.getAttribute('role') ?? element.tagName.toLowerCase(),
      checked: element.getAttribute('aria-checked'),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      row: element.closest('.data-table__row')?.textContent ?? '',
    };
  });
}

async function tabUntil(page: Page, done: (stop: Stop) => boolean, limit = 120): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    stops.push(stop);
    if (done(stop)) return stops;
  }
  throw new Error(`Tab never reached the control; stops: ${stops.map((s) => s.text).join(' | ')}`);
}

describe('账号管理 by keyboard (H5)', () => {
  it('reaches 编辑, the role chips and 新建账号 with Tab, each with a focus ring, and acts on Enter and Space', async () => {
    const page = await newDesktopPage(e2e.browser);
    await seedSession(page, await apiLogin(e2e.stack.apiUrl, admin));
    await page.goto(`${e2e.stack.webUrl}/admin/pages/accounts/index`);
    await waitForTaroPage(page);
    await current(page).locator('.data-table__row').first().waitFor();

    // The create form's role chips and its button come first on the page.
    const toCreate = await tabUntil(page, (stop) => stop.text === '新建账号');
    const chips = toCreate.filter((stop) => stop.role === 'radio');
    expect(chips.length).toBeGreaterThanOrEqual(3);
    expect(toCreate.filter((stop) => stop.text !== '' && !stop.ring)).toEqual([]);

    // 编辑 of the staff member's row opens the editor on Enter (the admin's own has no role chips).
    const toEdit = await tabUntil(page, (stop) => stop.text === '编辑' && stop.row.includes('键盘测试专员'), 400);
    expect(toEdit.at(-1)!.ring).toBe(true);
    await page.keyboard.press('Enter');
    const editor = current(page).locator('#account-editor');
    await editor.waitFor();

    // In the editor, Space on a role chip that is not chosen chooses it.
    const toChip = await tabUntil(page, (stop) => stop.role === 'radio' && stop.checked === 'false');
    await page.keyboard.press(' ');
    await editor.locator(`.choice-chips__chip[aria-checked="true"]`, { hasText: toChip.at(-1)!.text }).waitFor();
  });
});
