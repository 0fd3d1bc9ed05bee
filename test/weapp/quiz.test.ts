import { quizBank } from '@rights-outreach/shared';
import { campaignCode, source } from './support/fixtures';
import { beaconPosts, healthyApi, queuedBeacons, trackedKinds } from './support/fakeApi';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub } from './support/wxStub';

const stub = createWxStub(healthyApi);
let page: OpenedPage | null = null;

beforeAll(() => launchApp(stub));
afterEach(async () => {
  page?.detach();
  page = null;
  await waitFor(() => queuedBeacons(stub.storage) === 0, 15_000);
}, 20_000);

/** The bank's question now on screen. */
function questionOnScreen(opened: OpenedPage) {
  const text = opened.querySelector('.quiz-question__text')?.dom?.textContent?.trim() ?? '';
  const question = quizBank.find((q) => q.question === text);
  if (!question) throw new Error(`not a question of the bank: ${text}`);
  return question;
}

/** Answers the six questions, the first `right` of them correctly, and submits. */
async function answer(opened: OpenedPage, right: number): Promise<string[]> {
  const asked: string[] = [];
  for (let n = 1; n <= 6; n += 1) {
    await waitFor(() => textOf(opened).includes(`第 ${n} 题 / 共 6 题`));
    const question = questionOnScreen(opened);
    asked.push(question.id);
    const option = n <= right ? question.answer : (question.answer + 1) % question.options.length;
    opened.querySelectorAll('.quiz-option')[option]!.dispatchEvent('tap');
    await waitFor(() => opened.querySelectorAll('.quiz-option--chosen').length === 1);
    tap(opened, '.quiz__next');
  }
  return asked;
}

const quizCompletions = (from: number) =>
  beaconPosts(stub.requests.slice(from)).flatMap((batch) =>
    batch.beacons.filter((b) => b.kind === 'quiz_complete').map((beacon) => ({ batch, beacon })),
  );

describe('rights quiz (weapp build)', () => {
  it('draws six different questions from the bank, one at a time with big choices', async () => {
    page = openPage('pages/quiz/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes('第 1 题 / 共 6 题'));

    expect(page.querySelectorAll('.quiz-option').length).toBe(questionOnScreen(page).options.length);
    expect(textOf(page)).toContain('下一题');
    expect(textOf(page)).not.toContain('上一题');
  });

  it('asks for a choice before moving on', async () => {
    page = openPage('pages/quiz/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes('第 1 题 / 共 6 题'));

    tap(page, '.quiz__next');

    await waitFor(() => textOf(page!).includes('请先选择一个答案'));
    expect(textOf(page)).toContain('第 1 题 / 共 6 题');
  });

  it('scores the attempt, shows every right answer with its explanation, and counts one quiz_complete', async () => {
    const before = stub.requests.length;
    page = openPage('pages/quiz/index', { c: campaignCode, s: source });
    const asked = await answer(page, 4);

    await waitFor(() => textOf(page!).includes('答对 4 / 6 题'));
    expect(new Set(asked).size).toBe(6);
    const text = textOf(page);
    for (const id of asked) {
      const question = quizBank.find((q) => q.id === id)!;
      expect(text).toContain(`正确答案：${String.fromCharCode(65 + question.answer)}. ${question.options[question.answer]}`);
      expect(text).toContain(question.explanation);
    }
    expect(text.match(/您的选择：/g)).toHaveLength(2);

    await waitFor(() => quizCompletions(before).length > 0);
    const completions = quizCompletions(before);
    expect(completions).toHaveLength(1);
    expect(completions[0]!.batch).toMatchObject({ campaignCode, source });
    expect(completions[0]!.beacon).toMatchObject({ kind: 'quiz_complete', target: { type: 'quiz' } });
  });

  it('再来一次 starts a new attempt, counted again only when it is finished', async () => {
    const before = stub.requests.length;
    page = openPage('pages/quiz/index', { c: campaignCode, s: source });
    await answer(page, 6);
    await waitFor(() => textOf(page!).includes('答对 6 / 6 题'));
    await waitFor(() => quizCompletions(before).length === 1);

    tap(page, '.quiz__again');
    await waitFor(() => textOf(page!).includes('第 1 题 / 共 6 题'));
    expect(quizCompletions(before)).toHaveLength(1);

    await answer(page, 0);
    await waitFor(() => textOf(page!).includes('答对 0 / 6 题'));
    await waitFor(() => quizCompletions(before).length === 2);
  });

  it('can be taken without a campaign, counting nothing', async () => {
    const before = stub.requests.length;
    page = openPage('pages/quiz/index', {});
    await answer(page, 3);
    await waitFor(() => textOf(page!).includes('答对 3 / 6 题'));

    expect(textOf(page)).not.toContain('返回活动页');
    // Nothing sent or queued: the tracker stores what it tracks as it tracks it.
    expect(trackedKinds(stub.requests.slice(before), stub.storage)).toEqual([]);
  });
});
