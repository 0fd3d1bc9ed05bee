import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { parse } from 'yaml';
import { waitFor } from './freePort';

const definitionFile = join(__dirname, '..', '..', 'infra', 'data-table.yml');

/** The table's CloudFormation properties, as serverless.yml deploys them. */
export function tableDefinition(): Record<string, any> {
  return parse(readFileSync(definitionFile, 'utf8'));
}

/**
 * Creates the table from infra/data-table.yml, or adds the indexes a newer definition has;
 * then turns on TTL. Safe to run on every start.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<'created' | 'updated' | 'unchanged'> {
  const definition = tableDefinition();
  const existing = await describe(client, tableName);
  let outcome: 'created' | 'updated' | 'unchanged' = 'unchanged';
  if (!existing) {
    const input: CreateTableCommandInput = {
      TableName: tableName,
      BillingMode: definition.BillingMode,
      AttributeDefinitions: definition.AttributeDefinitions,
      KeySchema: definition.KeySchema,
      GlobalSecondaryIndexes: definition.GlobalSecondaryIndexes,
      ...(definition.StreamSpecification ? { StreamSpecification: streamOf(definition) } : {}),
    };
    await client.send(new CreateTableCommand(input));
    outcome = 'created';
  } else {
    const present = new Set((existing.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
    for (const index of definition.GlobalSecondaryIndexes ?? []) {
      if (present.has(index.IndexName)) continue;
      await waitUntilActive(client, tableName);
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: definition.AttributeDefinitions,
          GlobalSecondaryIndexUpdates: [{ Create: index }],
        }),
      );
      outcome = 'updated';
    }
    if (definition.StreamSpecification && !existing.StreamSpecification?.StreamEnabled) {
      await waitUntilActive(client, tableName);
      await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: streamOf(definition) }));
      outcome = 'updated';
    }
  }
  await waitUntilActive(client, tableName);
  if (definition.TimeToLiveSpecification?.Enabled) {
    await client
      .send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: definition.TimeToLiveSpecification }))
      .catch((error: Error) => {
        // Enabling TTL twice is refused; that is the state we want.
        if (!/already enabled/i.test(error.message)) throw error;
      });
  }
  return outcome;
}

/**
 * Tables report CREATING briefly after CreateTable. Polled by hand: the SDK's waiter leaves
 * its max-wait timer running, which keeps a test process alive for a minute.
 */
async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  await waitFor(
    `table ${tableName} to be ACTIVE`,
    async () => {
      const table = await describe(client, tableName);
      return table?.TableStatus === 'ACTIVE' && (table.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');
    },
    60_000,
  );
}

/** CloudFormation's StreamSpecification names only the view type; the API also wants it enabled. */
function streamOf(definition: Record<string, any>) {
  return { StreamEnabled: true, StreamViewType: definition.StreamSpecification.StreamViewType };
}

/** The table's stream, for the local aggregator. */
export async function streamArnOf(client: DynamoDBClient, tableName: string): Promise<string> {
  const arn = (await describe(client, tableName))?.LatestStreamArn;
  if (!arn) throw new Error(`table ${tableName} has no stream`);
  return arn;
}

async function describe(client: DynamoDBClient, tableName: string) {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}
