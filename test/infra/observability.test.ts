import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Logs, metrics, tracing and alarms in the CloudFormation that `npm run package:api` generated
 * (stage test, cn-north-1). Nothing here reaches AWS: whether an alarm fires, or X-Ray shows a
 * trace, can only be seen on a deployed stack.
 */
const root = join(__dirname, '..', '..');
const templateFile = join(root, '.serverless', 'cloudformation-template-update-stack.json');

type Resource = { Type: string; Properties: any };

function loadTemplate(): { Resources: Record<string, Resource>; Outputs: Record<string, unknown> } {
  if (!existsSync(templateFile)) throw new Error(`${templateFile} is missing: run \`npm run package:api\` first`);
  return JSON.parse(readFileSync(templateFile, 'utf8'));
}

const template = loadTemplate();
const resources = template.Resources;
const functionIds = Object.keys(resources).filter((id) => resources[id]!.Type === 'AWS::Lambda::Function');
const alarms = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::CloudWatch::Alarm');
const topic = { Ref: 'AlarmTopic' };

describe('logs', () => {
  it('writes an access log line of every API request, as JSON with request id, route, status and latency', () => {
    const stage = resources.HttpApiStage!.Properties;
    expect(stage.AccessLogSettings.DestinationArn).toEqual({ 'Fn::GetAtt': ['HttpApiLogGroup', 'Arn'] });
    const format = JSON.parse(stage.AccessLogSettings.Format);
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      route: '$context.routeKey',
      status: '$context.status',
      latencyMs: '$context.responseLatency',
      integrationStatus: '$context.integrationStatus',
      error: '$context.error.message',
    });
    expect(resources.HttpApiLogGroup!.Properties.RetentionInDays).toBe(90);
  });

  it.each(functionIds)('%s logs at INFO, as JSON for CloudWatch (no dev mode)', (id) => {
    const variables = resources[id]!.Properties.Environment.Variables;
    expect(variables.LOG_LEVEL).toBe('INFO');
    expect(variables.POWERTOOLS_DEV).toBe('false');
    expect(variables).not.toHaveProperty('POWERTOOLS_METRICS_DISABLED');
  });
});

const ObservabilityPlugin = require('../../infra/observabilityPlugin.js');

/** Runs the plugin over a compiled template of one function, getMe, with tracing on. */
function packageWithTracing(compiled: Record<string, Resource>): void {
  const serverless = {
    service: {
      provider: { tracing: { lambda: true }, compiledCloudFormationTemplate: { Resources: compiled } },
      getAllFunctions: () => ['getMe'],
    },
    getProvider: () => ({ naming: { getLambdaLogicalId: () => 'GetMeLambdaFunction' } }),
  };
  new ObservabilityPlugin(serverless).hooks['before:package:finalize']();
}

describe('tracing', () => {
  it.each(functionIds)('%s is not traced in the China regions, which have no X-Ray for Lambda', (id) => {
    const fn = resources[id]!.Properties;
    expect(fn.TracingConfig?.Mode ?? 'PassThrough').toBe('PassThrough');
    expect(fn.Environment.Variables.POWERTOOLS_TRACE_ENABLED).toBe('false');
  });

  it('is on in any other region, and off in both China regions', async () => {
    const resolved = async (region: string) => {
      // osls is installed under the package name `serverless` (package.json); its bin is `osls`.
      const { stdout } = await promisify(execFile)(
        join(root, 'node_modules', '.bin', 'osls'),
        ['print', '--stage', 'test', '--region', region, '--format', 'json'],
        { cwd: root, env: { ...process.env, SLS_TELEMETRY_DISABLED: '1' }, maxBuffer: 16 * 1024 * 1024 },
      );
      const config = JSON.parse(stdout);
      return { lambda: config.provider.tracing.lambda, env: config.provider.environment.POWERTOOLS_TRACE_ENABLED };
    };
    const [hongKong, ningxia] = await Promise.all([resolved('ap-east-1'), resolved('cn-northwest-1')]);
    expect(hongKong).toEqual({ lambda: true, env: 'true' });
    expect(ningxia).toEqual({ lambda: false, env: 'false' });
  }, 120_000);

  it("gives each function's own role X-Ray's write actions when tracing is on", () => {
    const compiled: Record<string, Resource> = {
      GetMeLambdaFunction: {
        Type: 'AWS::Lambda::Function',
        Properties: { Role: { 'Fn::GetAtt': ['GetMeIamRoleLambdaExecution', 'Arn'] } },
      },
      GetMeIamRoleLambdaExecution: {
        Type: 'AWS::IAM::Role',
        Properties: {
          Policies: [{ PolicyDocument: { Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem'], Resource: 'table' }] } }],
        },
      },
    };
    packageWithTracing(compiled);

    // X-Ray's PutTraceSegments has no resource-level permissions: '*' is the only resource it takes.
    expect(compiled.GetMeIamRoleLambdaExecution!.Properties.Policies[0].PolicyDocument.Statement).toContainEqual({
      Effect: 'Allow',
      Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
      Resource: '*',
    });
    expect(compiled.GetMeLambdaFunctionErrorsAlarm).toBeDefined();
  });

  it('gives each function the Powertools layer of the bundled version when tracing is on: the Tracer and X-Ray come from it', () => {
    const compiled: Record<string, Resource> = { GetMeLambdaFunction: { Type: 'AWS::Lambda::Function', Properties: {} } };
    packageWithTracing(compiled);

    // The version npm ci installs, so the version the bundles' Logger and Metrics are built from too.
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    const version = ObservabilityPlugin.powertoolsVersion();
    expect(version).toBe(lock.packages['node_modules/@aws-lambda-powertools/tracer'].version);
    expect(version).toBe(lock.packages['node_modules/@aws-lambda-powertools/logger'].version);
    expect(compiled.GetMeLambdaFunction!.Properties.Layers).toEqual([
      `{{resolve:ssm:/aws/service/powertools/typescript/generic/all/${version}}}`,
    ]);
  });

  it.each(functionIds)('%s has no layer in the China regions: untraced, it never loads the Tracer', (id) => {
    expect(resources[id]!.Properties.Layers ?? []).toEqual([]);
  });
});

describe('alarms', () => {
  it('notify one SNS topic, whose ARN the stack outputs', () => {
    expect(resources.AlarmTopic!.Type).toBe('AWS::SNS::Topic');
    expect(template.Outputs.AlarmTopicArn).toEqual({ Value: topic });
    expect(alarms.length).toBeGreaterThan(0);
    for (const [, alarm] of alarms) expect(alarm.Properties.AlarmActions).toEqual([topic]);
  });

  it.each(functionIds)('watch the Lambda errors and throttles of %s', (id) => {
    const alarm = resources[`${id}ErrorsAlarm`]!;
    const stats = alarm.Properties.Metrics.filter((m: any) => m.MetricStat).map((m: any) => m.MetricStat);
    expect(stats.map((s: any) => s.Metric.MetricName).sort()).toEqual(['Errors', 'Throttles']);
    for (const stat of stats) {
      expect(stat.Metric).toMatchObject({ Namespace: 'AWS/Lambda', Dimensions: [{ Name: 'FunctionName', Value: { Ref: id } }] });
      expect(stat.Stat).toBe('Sum');
    }
    expect(alarm.Properties).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });

  it("watch the share of the API's requests answered 5xx", () => {
    const alarm = resources.HttpApi5xxRateAlarm!.Properties;
    const byId = Object.fromEntries(alarm.Metrics.map((m: any) => [m.Id, m]));
    expect(byId.rate.Expression).toBe('IF(requests >= 20, 100 * errors / requests, 0)');
    for (const [id, name] of [
      ['errors', '5xx'],
      ['requests', 'Count'],
    ] as const) {
      expect(byId[id].MetricStat).toMatchObject({
        Metric: { Namespace: 'AWS/ApiGateway', MetricName: name, Dimensions: [{ Name: 'ApiId', Value: { Ref: 'HttpApi' } }] },
        Stat: 'Sum',
      });
    }
    expect(alarm).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanThreshold', TreatMissingData: 'notBreaching' });
  });

  it("watch how far the aggregator is behind the table's stream", () => {
    expect(resources.AggregatorIteratorAgeAlarm!.Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'IteratorAge',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: 'AggregateBeaconsLambdaFunction' } }],
      Statistic: 'Maximum',
      Threshold: 300_000,
    });
  });

  it('watch the queue of batches the aggregator gave up on', () => {
    expect(resources.AggregationFailuresAlarm!.Properties).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': ['AggregationFailures', 'QueueName'] } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('keep the stack well under CloudFormation’s 500 resources', () => {
    expect(Object.keys(resources).length).toBeLessThan(450);
  });
});

describe('secrets', () => {
  it.each(functionIds)('%s reads its SSM secrets again every 5 minutes, so a rotation is picked up', (id) => {
    expect(resources[id]!.Properties.Environment.Variables.SECRET_CACHE_SECONDS).toBe('300');
  });
});
