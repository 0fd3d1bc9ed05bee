import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { timeoutEarlyMs } from '../../functions/src/http/httpHandler';
import { storeCallBoundMs } from '../../functions/src/repository/client';
import { tableDefinition } from '../../scripts/lib/ensureTable';

/**
 * Reads the CloudFormation that `npm run package:api` (osls package, offline) generated.
 * Nothing here can reach AWS, so this is how the deploy template is checked.
 */
const templateFile = join(__dirname, '..', '..', '.serverless', 'cloudformation-template-update-stack.json');

type Resource = { Type: string; Properties: any; DeletionPolicy?: string };

function loadTemplate(): { Resources: Record<string, Resource> } {
  if (!existsSync(templateFile)) throw new Error(`${templateFile} is missing: run \`npm run package:api\` first`);
  return JSON.parse(readFileSync(templateFile, 'utf8'));
}

const template = loadTemplate();
const resources = template.Resources;
const functionsByName = Object.fromEntries(
  Object.entries(resources)
    .filter(([, r]) => r.Type === 'AWS::Lambda::Function')
    .map(([logicalId, r]) => [logicalId.replace(/LambdaFunction$/, ''), r]),
);

/** What each function's code does with AWS, and so all its role may allow. */
const read = 'dynamodb:GetItem';
const batchRead = 'dynamodb:BatchGetItem';
const put = 'dynamodb:PutItem';
const update = 'dynamodb:UpdateItem';
const queryIndex = 'dynamodb:Query';
const secret = 'ssm:GetParameter';
const expectedPermissions: Record<string, string[]> = {
  GetPublicCampaign: [read, batchRead],
  GetMaterial: [read],
  GetCampaignQr: [read],
  GetPublicEvent: [read],
  RecordBeacons: [read, update, 'dynamodb:BatchWriteItem', secret],
  AggregateBeacons: [
    read,
    'dynamodb:Query',
    put,
    update,
    'dynamodb:BatchWriteItem',
    'dynamodb:DescribeStream',
    'dynamodb:GetRecords',
    'dynamodb:GetShardIterator',
    'dynamodb:ListStreams',
    'sqs:SendMessage',
  ],
  VisitorSession: [secret],
  SubmitFeedback: [read, batchRead, put, update, secret],
  SubmitSignup: [read, batchRead, put, update, secret],
  ListFeedback: [read, queryIndex, secret],
  GetSignupSummary: [read, queryIndex, secret],
  ExportSignups: [read, queryIndex, secret],
  ListMaterials: [read, queryIndex, secret],
  CreateMaterial: [read, put, secret],
  UpdateMaterial: [read, update, secret],
  PublishMaterial: [read, put, update, secret],
  UnpublishMaterial: [read, update, secret],
  Login: [read, put, update, secret],
  WechatLogin: [read, secret],
  WechatBind: ['dynamodb:DeleteItem', read, put, update, secret],
  GetMe: [read, secret],
  ListOrgUnits: [read, queryIndex, secret],
  CreateOrgUnit: [read, put, secret],
  UpdateOrgUnit: [read, update, secret],
  ListAccounts: [read, queryIndex, secret],
  CreateAccount: [read, put, secret],
  UpdateAccount: [read, update, secret],
  ResetPassword: [read, update, secret],
  ListCampaigns: [read, queryIndex, secret],
  CreateCampaign: [read, batchRead, put, secret],
  UpdateCampaign: [read, batchRead, put, secret],
  GetCampaignTotals: [read, batchRead, 'dynamodb:Query', queryIndex, secret],
  ListReportCampaigns: [read, batchRead, 'dynamodb:Query', queryIndex, secret],
  GetCampaignReport: [read, batchRead, 'dynamodb:Query', queryIndex, secret],
  GetReportParagraph: [read, batchRead, 'dynamodb:Query', queryIndex, secret],
  ExportCampaignReport: [read, batchRead, 'dynamodb:Query', queryIndex, secret],
  ListEvents: [read, queryIndex, secret],
  CreateEvent: [read, put, secret],
  GetEvent: [read, 'dynamodb:Query', secret],
  UpdateEvent: [read, put, secret],
  DeleteEvent: [read, put, secret],
  GetEventQr: [read, secret],
  GetEventTotals: [read, batchRead, secret],
  // Platform figures and media posts: one record engine (domain/records), the same actions as events.
  ListPlatformFigures: [read, queryIndex, secret],
  CreatePlatformFigure: [read, put, secret],
  GetPlatformFigure: [read, 'dynamodb:Query', secret],
  UpdatePlatformFigure: [read, put, secret],
  DeletePlatformFigure: [read, put, secret],
  ListMediaPosts: [read, queryIndex, secret],
  CreateMediaPost: [read, put, secret],
  GetMediaPost: [read, 'dynamodb:Query', secret],
  UpdateMediaPost: [read, put, secret],
  DeleteMediaPost: [read, put, secret],
  NotFound: [],
};

function roleOf(fn: Resource): Resource {
  const roleRef = fn.Properties.Role['Fn::GetAtt'][0] as string;
  return resources[roleRef]!;
}

function statementsOf(role: Resource): Array<{ Action: string[]; Resource: unknown }> {
  return role.Properties.Policies.flatMap((p: any) => p.PolicyDocument.Statement);
}

describe('the deployed table', () => {
  const table = resources.DataTable!;

  it('is a DynamoDB table keyed by pk (hash) and sk (range)', () => {
    expect(table.Type).toBe('AWS::DynamoDB::Table');
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
  });

  it('bills on demand and keeps point-in-time recovery, TTL and encryption on', () => {
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'ttl', Enabled: true });
    expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true });
  });

  it('is retained when the stack is deleted or the table replaced', () => {
    expect(table.DeletionPolicy).toBe('Retain');
  });

  it('is exactly the definition DynamoDB Local is created from', () => {
    const { TableName: _deployed, ...deployed } = table.Properties;
    const { TableName: _local, ...local } = tableDefinition();
    expect(deployed).toEqual(local);
  });
});

describe('the functions', () => {
  it('has the expected functions', () => {
    expect(Object.keys(functionsByName).sort()).toEqual(Object.keys(expectedPermissions).sort());
  });

  it.each(Object.keys(expectedPermissions))('%s runs on nodejs22.x', (name) => {
    expect(functionsByName[name]!.Properties.Runtime).toBe('nodejs22.x');
  });

  it.each(Object.entries(expectedPermissions))('%s may do only what its code uses', (name, expected) => {
    const statements = statementsOf(roleOf(functionsByName[name]!));
    const actions = statements
      .flatMap((s) => s.Action)
      .filter((action) => !action.startsWith('logs:'))
      .sort();
    expect(actions).toEqual([...expected].sort());
  });

  it('gives every function that touches AWS a role of its own', () => {
    const names = Object.keys(expectedPermissions).filter((name) => expectedPermissions[name]!.length > 0);
    const roles = names.map((name) => functionsByName[name]!.Properties.Role['Fn::GetAtt'][0]);
    expect(new Set(roles).size).toBe(names.length);
  });

  it.each(Object.keys(expectedPermissions))('%s names its actions and resources without wildcards', (name) => {
    for (const statement of statementsOf(roleOf(functionsByName[name]!))) {
      expect(statement.Resource).not.toBe('*');
      for (const action of statement.Action) expect(action).not.toContain('*');
    }
  });

  it('grants DynamoDB access to the project table, its index and its stream only', () => {
    const table = { 'Fn::GetAtt': ['DataTable', 'Arn'] };
    const index = { 'Fn::Join': ['/', [table, 'index', 'gsi1']] };
    const stream = { 'Fn::GetAtt': ['DataTable', 'StreamArn'] };
    for (const fn of Object.values(functionsByName)) {
      for (const statement of statementsOf(roleOf(fn))) {
        if (statement.Action.some((a) => a.startsWith('dynamodb:'))) {
          for (const resource of [statement.Resource].flat()) expect([table, index, stream]).toContainEqual(resource);
        }
      }
    }
  });

  it('lets each function read only the secrets of its own stage', () => {
    for (const fn of Object.values(functionsByName)) {
      for (const statement of statementsOf(roleOf(fn)).filter((s) => s.Action.includes('ssm:GetParameter'))) {
        for (const resource of statement.Resource as Array<{ 'Fn::Sub': string }>) {
          expect(resource['Fn::Sub']).toMatch(
            /^arn:\$\{AWS::Partition\}:ssm:\$\{AWS::Region\}:\$\{AWS::AccountId\}:parameter\/rights-outreach\/test\/[a-z-]+$/,
          );
        }
      }
    }
  });

  it.each(['VISITOR_HASH_SECRET', 'AUTH_TOKEN_SECRET', 'WECHAT_APP_SECRET', 'BOOTSTRAP_ADMIN_PASSWORD', 'PERSONAL_DATA_KEY'])(
    'bakes no %s into the template: it is read from SSM at run time',
    (name) => {
      for (const fn of Object.values(functionsByName)) {
        const env = fn.Properties.Environment.Variables;
        expect(env[name]).toBe('');
        expect(env[`${name}_PARAMETER`]).toMatch(/^\/rights-outreach\/test\/[a-z-]+$/);
      }
    },
  );
});

describe('the aggregator', () => {
  const mappings = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::EventSourceMapping');
  const mapping = mappings[0]!;

  it("reads the table's stream of new images", () => {
    expect(resources.DataTable!.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
    expect(mappings).toHaveLength(1);
    expect(mapping.Properties.EventSourceArn).toEqual({ 'Fn::GetAtt': ['DataTable', 'StreamArn'] });
    expect(mapping.Properties.FunctionName).toEqual({ 'Fn::GetAtt': ['AggregateBeaconsLambdaFunction', 'Arn'] });
    expect(mapping.Properties.StartingPosition).toBe('TRIM_HORIZON');
  });

  it('gets beacon INSERTs only, up to a couple of thousand at a time within about a second, one batch at a time per shard', () => {
    expect(mapping.Properties.FilterCriteria.Filters.map((f: { Pattern: string }) => JSON.parse(f.Pattern))).toEqual([
      { eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['beacon'] } } } },
    ]);
    expect(mapping.Properties.BatchSize).toBeGreaterThanOrEqual(100);
    // A busy second at the peak; 2,000 stream records stay far below Lambda's 6 MB payload.
    expect(mapping.Properties.BatchSize).toBeLessThanOrEqual(2000);
    expect(mapping.Properties.MaximumBatchingWindowInSeconds).toBe(1);
    expect(mapping.Properties.ParallelizationFactor).toBe(1);
  });

  it('names the shard in each event (a tumbling window) and retries from the first failed record', () => {
    expect(mapping.Properties.TumblingWindowInSeconds).toBeGreaterThan(0);
    expect(mapping.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mapping.Properties.MaximumRetryAttempts).toBeGreaterThan(0);
  });

  it('sends a batch it cannot apply after its retries to an encrypted queue that keeps it 14 days', () => {
    expect(mapping.Properties.DestinationConfig).toEqual({ OnFailure: { Destination: { 'Fn::GetAtt': ['AggregationFailures', 'Arn'] } } });
    const queue = resources.AggregationFailures!;
    expect(queue.Type).toBe('AWS::SQS::Queue');
    expect(queue.Properties).toMatchObject({ MessageRetentionPeriod: 1_209_600, SqsManagedSseEnabled: true });
  });

  it("may send to its own failure queue only and read only its own table's stream", () => {
    const statements = statementsOf(roleOf(functionsByName.AggregateBeacons!));
    expect(statements.find((s) => s.Action.includes('sqs:SendMessage'))!.Resource).toEqual({
      'Fn::GetAtt': ['AggregationFailures', 'Arn'],
    });
    expect([statements.find((s) => s.Action.includes('dynamodb:GetRecords'))!.Resource].flat()).toEqual([
      { 'Fn::GetAtt': ['DataTable', 'StreamArn'] },
    ]);
  });
});

describe('answering before the time is up', () => {
  it.each(Object.keys(expectedPermissions).filter((name) => name !== 'AggregateBeacons'))(
    '%s answers 503 before its timeout, after the longest store call',
    (name) => {
      const timeoutMs = Number(functionsByName[name]!.Properties.Timeout) * 1000;

      expect(storeCallBoundMs()).toBeLessThanOrEqual(timeoutMs - timeoutEarlyMs);
      // and API Gateway (HTTP API) waits at most 30 s for any function.
      expect(timeoutMs).toBeLessThanOrEqual(30_000);
    },
  );
});
