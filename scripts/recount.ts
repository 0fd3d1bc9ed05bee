/**
 * `npm run recount -- <campaign code>…` — counts campaigns again from their stored beacons
 * (functions/src/domain/aggregation/recountCampaign.ts): after a repair, or when the
 * aggregator's failed batches are older than the stream's 24 hours. Uses the table of the
 * environment (TABLE_NAME, and DYNAMODB_ENDPOINT locally); `npm start`'s table by default.
 */
import { useLocalTableUnlessConfigured } from './lib/localEnv';

async function main(): Promise<void> {
  const codes = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (codes.length === 0) throw new Error('name the campaign codes to recount, e.g. npm run recount -- demo-315');
  useLocalTableUnlessConfigured();
  const { recountCampaign } = await import('../functions/src/domain/aggregation/recountCampaign');
  for (const code of codes) {
    const result = await recountCampaign(code);
    console.log(
      `[recount] ${code}: ${result.beacons} beacons counted again (${result.cleared} old items cleared${result.unreadable ? `, ${result.unreadable} beacons of the first engine could not be read` : ''})`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`[recount] failed: ${(error as Error).message}`);
  process.exit(1);
});
