'use strict';

/* eslint-disable @typescript-eslint/no-require-imports -- osls loads plugins as CommonJS */
const fs = require('node:fs');
const path = require('node:path');
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * A local Serverless Framework (osls) plugin for what serverless.yml cannot say once for
 * every function:
 * - an alarm per function on its Lambda errors and throttles, sent to the AlarmTopic
 *   (serverless.yml resources), so a function added later is watched without a new line;
 * - X-Ray write permissions on each function's own role when tracing is on
 *   (serverless-iam-roles-per-function builds those roles without them);
 * - where tracing is on, the Powertools layer of the installed Powertools version: it provides
 *   the Tracer and aws-xray-sdk-core, which the bundles leave out (serverless.yml,
 *   custom.esbuild.exclude). CloudFormation resolves the layer's ARN from the public SSM
 *   parameter Powertools publishes per version in every commercial region.
 * Listed after serverless-iam-roles-per-function in serverless.yml: it runs on the same hook,
 * after that plugin has made the roles.
 */
class ObservabilityPlugin {
  constructor(serverless) {
    this.serverless = serverless;
    this.hooks = { 'before:package:finalize': () => this.addToTemplate() };
  }

  addToTemplate() {
    const provider = this.serverless.service.provider;
    const naming = this.serverless.getProvider('aws').naming;
    const resources = provider.compiledCloudFormationTemplate.Resources;
    const tracing = isTrue(provider.tracing && provider.tracing.lambda);
    const tracerLayer = tracing ? tracerLayerArn(powertoolsVersion()) : undefined;
    for (const name of this.serverless.service.getAllFunctions()) {
      const functionId = naming.getLambdaLogicalId(name);
      const fn = resources[functionId];
      if (!fn) continue;
      resources[`${functionId}ErrorsAlarm`] = errorsAlarm(functionId, name);
      if (tracing) {
        addXrayPermissions(resources, fn);
        addLayer(fn, tracerLayer);
      }
    }
  }
}

/** Errors and throttles of one function, summed over five minutes: any at all is worth a look. */
function errorsAlarm(functionId, name) {
  const metric = (id, metricName) => ({
    Id: id,
    ReturnData: false,
    MetricStat: {
      Metric: { Namespace: 'AWS/Lambda', MetricName: metricName, Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }] },
      Period: 300,
      Stat: 'Sum',
    },
  });
  return {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      AlarmDescription: `${name}: Lambda errors or throttles in the last 5 minutes (the handlers answer every error they know; these are crashes, timeouts and a full concurrency quota)`,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Threshold: 1,
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: 'AlarmTopic' }],
      Metrics: [
        { Id: 'errorsOrThrottles', Expression: 'errors + throttles', Label: 'Errors + Throttles', ReturnData: true },
        metric('errors', 'Errors'),
        metric('throttles', 'Throttles'),
      ],
    },
  };
}

function addXrayPermissions(resources, fn) {
  const roleId = fn.Properties.Role && fn.Properties.Role['Fn::GetAtt'] && fn.Properties.Role['Fn::GetAtt'][0];
  const role = roleId && resources[roleId];
  const policy = role && role.Properties.Policies && role.Properties.Policies[0];
  if (!policy) return;
  const statements = policy.PolicyDocument.Statement;
  if (statements.some((s) => [].concat(s.Action).includes('xray:PutTraceSegments'))) return;
  statements.push({ Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Resource: '*' });
}

/** The Powertools version the bundles were built with: the layer must be the same one. */
function powertoolsVersion() {
  // The package's exports hide its package.json: find it next to the resolved entry point.
  const manifest = (dir) => {
    const file = path.join(dir, 'package.json');
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
  };
  for (let dir = path.dirname(require.resolve('@aws-lambda-powertools/tracer')); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const found = manifest(dir);
    if (found && found.name === '@aws-lambda-powertools/tracer') return found.version;
  }
  throw new Error('@aws-lambda-powertools/tracer: package.json not found');
}

/** A CloudFormation dynamic reference: the ARN of the Powertools layer of this version, in the stack's region. */
function tracerLayerArn(version) {
  return `{{resolve:ssm:/aws/service/powertools/typescript/generic/all/${version}}}`;
}

function addLayer(fn, layer) {
  const layers = fn.Properties.Layers || [];
  if (!layers.includes(layer)) fn.Properties.Layers = [...layers, layer];
}

function isTrue(value) {
  return value === true || value === 'true' || value === 'Active';
}

module.exports = ObservabilityPlugin;
module.exports.powertoolsVersion = powertoolsVersion;
module.exports.tracerLayerArn = tracerLayerArn;
