import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
const expectedPermissions: Record<string, string[]> = {
  GetPublicCampaign: ['dynamodb:BatchGetItem', 'dynamodb:GetItem'],
  GetMaterial: ['dynamodb:GetItem'],
  GetCampaignQr: ['dynamodb:GetItem'],
  RecordBeacons: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'ssm:GetParameter'],
  GetCampaignTotals: ['dynamodb:BatchGetItem', 'dynamodb:GetItem'],
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
    expect(actions).toEqual(expected);
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

  it('grants DynamoDB access to the project table only', () => {
    for (const [name, fn] of Object.entries(functionsByName)) {
      for (const statement of statementsOf(roleOf(fn))) {
        if (statement.Action.some((a) => a.startsWith('dynamodb:'))) {
          expect({ name, resource: statement.Resource }).toEqual({ name, resource: { 'Fn::GetAtt': ['DataTable', 'Arn'] } });
        }
      }
    }
  });

  it('bakes no secret into the template: the visitor-hash secret is read from SSM at run time', () => {
    for (const fn of Object.values(functionsByName)) {
      const env = fn.Properties.Environment.Variables;
      expect(env.VISITOR_HASH_SECRET).toBe('');
      expect(env.VISITOR_HASH_SECRET_PARAMETER).toMatch(/^\/rights-outreach\/[a-z0-9-]+\/visitor-hash-secret$/);
    }
  });
});
