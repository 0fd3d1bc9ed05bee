import { putMaterial } from '../../functions/src/repository/materialRepository';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { aBatch, aBeacon, aMaterial, aVisitorId, givenCampaign } from '../support/fixtures';
import { givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { invoke } from '../support/invoke';
import { readTotals } from '../support/totals';

let marketing: TestAccount;
beforeAll(async () => {
  marketing = await givenAccount({ role: 'marketing', unitId: (await givenOrgTree()).headOffice.id });
});

function send(body: unknown) {
  return invoke(recordBeacons, { method: 'POST', path: '/public/beacons', body });
}

const play = (materialId: string) => aBeacon({ kind: 'video_play', target: { type: 'material', materialId } });
const complete = (materialId: string) => aBeacon({ kind: 'video_complete', target: { type: 'material', materialId } });

/** A running campaign with one material that has a video and one that has none. */
async function givenCampaignWithAnArticle() {
  const video = aMaterial({ title: '知情权', videoUrl: '/media/telecom-fraud.mp4' });
  const article = aMaterial({ title: '公平交易权' });
  for (const material of [video, article]) await putMaterial(material);
  const { campaign } = await givenCampaign({ materialIds: [video.id, article.id] });
  return { campaign, video, article };
}

describe('video plays and completions', () => {
  it.each([
    ['a play', play],
    ['a completion', complete],
  ])('refuses %s of a material without a video, with the whole batch, and counts nothing', async (_name, beacon) => {
    const { campaign, video, article } = await givenCampaignWithAnArticle();
    const visitorId = aVisitorId();

    const refused = await send(aBatch(campaign.code, [aBeacon(), beacon(article.id)], { visitorId }));
    // A batch that is counted afterwards: the totals below are read once everything stored is counted.
    const counted = await send(aBatch(campaign.code, [play(video.id)], { visitorId }));

    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining(`material ${article.id} has no video`) },
    });
    expect(counted.status).toBe(200);
    expect(await readTotals(campaign.code, marketing).then((t) => t.totals)).toMatchObject({
      views: 0,
      videoPlays: 1,
      videoCompletions: 0,
      visitors: 1,
    });
  });

  it('counts every play and completion exactly once, however often and however concurrently the phones resend them', async () => {
    const { campaign, materials } = await givenCampaign({}, { withVideos: true });
    const [first, second] = materials.map((material) => material.id) as [string, string];
    const alice = aVisitorId();
    const bob = aVisitorId();
    // Alice plays the first video to the end twice, Bob plays the second and stops halfway.
    const batches = [
      aBatch(campaign.code, [play(first), complete(first)], { visitorId: alice }),
      aBatch(campaign.code, [play(first), complete(first)], { visitorId: alice }),
      aBatch(campaign.code, [play(second)], { visitorId: bob }),
    ];

    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all([...batches, ...batches].map((batch) => send(batch)));
      expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    }

    const { totals, breakdowns } = await readTotals(campaign.code, marketing);
    expect(totals).toMatchObject({ videoPlays: 3, videoCompletions: 2, visitors: 2 });
    const byMaterial = new Map(breakdowns.material.map((row) => [row.key, row.metrics]));
    expect(byMaterial.get(first)).toMatchObject({ videoPlays: 2, videoCompletions: 2, visitors: 1 });
    expect(byMaterial.get(second)).toMatchObject({ videoPlays: 1, videoCompletions: 0, visitors: 1 });
  });
});
