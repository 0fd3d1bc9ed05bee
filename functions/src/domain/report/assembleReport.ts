import {
  type BreakdownRow,
  type Campaign,
  type CampaignReport,
  type DayReportRow,
  type EventReportRow,
  type Metrics,
  type ReportFlagKind,
  type TargetGroupReportRow,
  type UnitReportRow,
  addDays,
  eventPlaceLabel,
  isOnlineEvent,
  reportFlagKinds,
  shanghaiDate,
  targetGroups,
} from '@rights-outreach/shared';
import type { Material, MediaPostFields, PlatformFigureFields } from '@rights-outreach/shared';
import type { EventRecord } from '../../repository/eventRepository';
import type { RecordView } from '../records/unitRecords';
import type { OrgUnitRecord } from '../../repository/orgRepository';
import { type Bucket, type BucketDimension, type BucketFigures, eventBucket, unitBucket } from '../buckets';
import { toMetrics } from '../tally';
import { unitIdsOf } from '../beaconPlace';
import { type BreakdownNames, channelLabel, materialLabel, sourceLabel, targetGroupLabel } from './breakdownLabels';
import { eventFlags } from './eventFlags';
import { customersServed } from './customersServed';
import { materialOutput } from './materialOutput';
import { mediaPostFigures } from './mediaPosts';
import { platformFigures } from './platformFigures';
import { offlineFigures } from './offlineFigures';
import { onlineActivityFigures } from './onlineActivities';
import { type ResolvedScope, reportUnit } from './reportScope';
import { resultsParagraph } from './resultsParagraph';
import { workplaceFigures } from './workplaceCoverage';
import { comparable, yearOnYearRows } from './yearOnYear';

/** Everything a report is computed from, already read. */
export interface ReportInput {
  campaign: Campaign;
  /** Published materials the campaign carries. */
  materialCount: number;
  names: BreakdownNames;
  scope: ResolvedScope;
  /** Events in scope, deleted ones left out. */
  events: EventRecord[];
  /** Counters of the scope's totals bucket, its units' and its events' buckets. */
  counters: BucketFigures;
  /** The scope's breakdown counters (channel, source…), null where none are kept. */
  detail: BucketFigures | null;
  /** When the newest counted beacon was received (ISO 8601). */
  updatedAt?: string;
  /** Last year's campaign of the same type and its figures for the same unit. */
  previous: { campaign: Campaign; figures: ReturnType<typeof comparable> } | null;
  attendanceFlagFactor: number;
  now: Date;
  /** The campaign's published materials (their format and origin). */
  materials?: Array<Pick<Material, 'format' | 'origin'>>;
  /** Media posts and platform figures entered in scope, deleted ones left out. */
  mediaPosts?: Array<RecordView<MediaPostFields>>;
  platformFigures?: Array<RecordView<PlatformFigureFields>>;
}

/**
 * A campaign's report for one unit, from figures already read: pure, so every reader (the
 * dashboard, the export, the paragraph) gets the very same numbers.
 */
export function assembleReport(input: ReportInput): CampaignReport {
  const { campaign, scope, counters } = input;
  const metricsOf = (bucket: Bucket) => toMetrics(counters.of(bucket));
  const levelOf = new Map(scope.subtree.map((unit) => [unit.id, unit.level]));
  const offline = offlineFigures(input.events, (id) => levelOf.get(id));
  const online = metricsOf(scope.totalsBucket);
  const onlineActivities = onlineActivityFigures(input.events);

  const events = eventRows(input, metricsOf);
  const flagged = events.filter((row) => row.flags.length > 0);
  const flagCounts = Object.fromEntries(
    reportFlagKinds.map((kind) => [kind, flagged.filter((row) => row.flags.includes(kind)).length]),
  ) as Record<ReportFlagKind, number>;
  const allUnits = unitRows(input, online, metricsOf);
  const channels = detailRows(input, 'channel', (key) => channelLabel(key));
  const reported = {
    materialOutput: materialOutput(input.materials ?? []),
    mediaPosts: mediaPostFigures(input.mediaPosts ?? []),
    platformFigures: platformFigures(input.platformFigures ?? [], online, channels),
  };
  const summary = {
    campaign: {
      code: campaign.code,
      type: campaign.type,
      name: campaign.name,
      slogan: campaign.slogan,
      startDate: campaign.startDate,
      endDate: campaign.endDate,
      materialCount: input.materialCount,
    },
    scope: {
      ...reportUnit(scope.unit),
      trail: scope.trail.map(reportUnit),
      detailed: input.detail !== null,
    },
    offline,
    online,
    onlineActivities,
    workplaces: workplaceFigures(scope.subtree, input.events),
    customersServed: customersServed(online, offline, onlineActivities),
    yearOnYear: {
      previous: input.previous
        ? {
            code: input.previous.campaign.code,
            name: input.previous.campaign.name,
            startDate: input.previous.campaign.startDate,
            endDate: input.previous.campaign.endDate,
          }
        : null,
      rows: yearOnYearRows(comparable(offline, online), input.previous?.figures ?? null),
    },
    ...reported,
  };
  return {
    ...summary,
    generatedAt: input.now.toISOString(),
    ...(input.updatedAt ? { updatedAt: input.updatedAt } : {}),
    feedbackAverage: online.feedbacks > 0 ? Math.round((online.ratingSum / online.feedbacks) * 100) / 100 : null,
    breakdowns: {
      units: allUnits.filter((row) => row.parentId === scope.unit.id),
      allUnits,
      channels,
      sources: detailRows(input, 'source', (key) => sourceLabel(key, input.names)),
      materials: materialRows(input),
      targetGroups: targetGroupRows(input),
      days: dayRows(input),
      events,
    },
    flagged,
    flagCounts,
    truncated: false,
    attendanceFlagFactor: input.attendanceFlagFactor,
    paragraph: resultsParagraph(summary),
  };
}

/** Every unit of the subtree with its rolled-up offline and online figures; the scope's row is the scope's figures. */
function unitRows(input: ReportInput, scopeOnline: Metrics, metricsOf: (bucket: Bucket) => Metrics): UnitReportRow[] {
  const { scope } = input;
  const eventsUnder = new Map<string, EventRecord[]>(scope.subtree.map((unit) => [unit.id, []]));
  for (const event of input.events) {
    for (const id of unitIdsOf(event.unitPath)) eventsUnder.get(id)?.push(event);
  }
  const parents = new Set(scope.subtree.map((unit) => unit.parentId));
  return scope.subtree.map((unit: OrgUnitRecord) => {
    const { events, staffParticipants, attendanceReported, coverage } = offlineFigures(eventsUnder.get(unit.id)!, () => undefined);
    return {
      ...reportUnit(unit),
      ...(unit.parentId ? { parentId: unit.parentId } : {}),
      hasChildren: parents.has(unit.id),
      offline: { events, staffParticipants, attendanceReported, coverage },
      metrics: unit.id === scope.unit.id ? scopeOnline : metricsOf(unitBucket(unit.id, unitIdsOf(unit.path).length - 1)),
    };
  });
}

function eventRows(input: ReportInput, metricsOf: (bucket: Bucket) => Metrics): EventReportRow[] {
  return input.events
    .map((event) => {
      const metrics = metricsOf(eventBucket(event.id));
      return {
        eventId: event.id,
        title: event.title,
        type: event.type,
        unitId: event.unitId,
        unitName: event.unitName,
        placeName: eventPlaceLabel(event),
        startAt: event.startAt,
        staffPresent: event.staffPresent,
        ...(isOnlineEvent(event)
          ? { viewersReported: event.viewersReported, attendanceReported: 0, coverage: { min: 0, max: 0 }, flags: [] }
          : {
              attendanceReported: event.headcount,
              coverage: event.coverage,
              flags: eventFlags(event, metrics, input.attendanceFlagFactor, input.now),
            }),
        metrics,
      };
    })
    .sort((a, b) => Date.parse(b.startAt) - Date.parse(a.startAt) || a.eventId.localeCompare(b.eventId));
}

/** The scope's rows of one breakdown dimension, by key; null where the scope keeps none. */
function detailMetrics(input: ReportInput, dimension: BucketDimension): Map<string, Metrics> | null {
  if (!input.detail) return null;
  const rows = new Map<string, Metrics>();
  for (const [bucket, values] of input.detail.entries()) {
    if (bucket.dimension === dimension) rows.set(bucket.value, toMetrics(values));
  }
  return rows;
}

function detailRows(input: ReportInput, dimension: BucketDimension, label: (key: string) => string): BreakdownRow[] | null {
  const rows = detailMetrics(input, dimension);
  if (!rows) return null;
  return [...rows]
    .map(([key, metrics]) => ({ key, label: label(key), metrics }))
    .sort((a, b) => b.metrics.views - a.metrics.views || a.key.localeCompare(b.key));
}

/** The campaign's materials in its order (read or not), then anything else that was read. */
function materialRows(input: ReportInput): BreakdownRow[] | null {
  const rows = detailMetrics(input, 'material');
  if (!rows) return null;
  const keys = [...new Set([...input.campaign.materialIds, ...[...rows.keys()].sort()])];
  return keys.map((key) => ({ key, label: materialLabel(key, input.names), metrics: rows.get(key) ?? toMetrics(undefined) }));
}

function targetGroupRows(input: ReportInput): TargetGroupReportRow[] {
  const rows = detailMetrics(input, 'targetGroup');
  return targetGroups.map((group) => {
    const named = input.events.filter((event) => event.targetGroups.includes(group));
    return {
      key: group,
      label: targetGroupLabel(group),
      events: named.length,
      attendanceReported: named.reduce((sum, event) => sum + (isOnlineEvent(event) ? 0 : event.headcount), 0),
      metrics: rows ? (rows.get(group) ?? toMetrics(undefined)) : null,
    };
  });
}

/** Every day of the campaign, and any other day with an event or a count, in order. */
function dayRows(input: ReportInput): DayReportRow[] {
  const rows = detailMetrics(input, 'day');
  const eventsByDay = new Map<string, number>();
  for (const event of input.events) {
    const day = shanghaiDate(new Date(event.startAt));
    eventsByDay.set(day, (eventsByDay.get(day) ?? 0) + 1);
  }
  const days = new Set([...eventsByDay.keys(), ...(rows?.keys() ?? [])]);
  for (let day = input.campaign.startDate; day <= input.campaign.endDate; day = addDays(day, 1)) days.add(day);
  return [...days].sort().map((key) => ({
    key,
    events: eventsByDay.get(key) ?? 0,
    metrics: rows ? (rows.get(key) ?? toMetrics(undefined)) : null,
  }));
}
