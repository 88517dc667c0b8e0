import { z } from 'zod';
import { Id, Label, Position } from './common';
import { ClientSettings, ScheduleSettings, SourceSettings } from './nodes/producers';
import { ApiSettings, BusSettings, QueueSettings, StreamSettings, TopicSettings } from './nodes/routers';
import { FunctionSettings } from './nodes/compute';
import { BucketSettings, ExternalSettings, TableSettings } from './nodes/stores';
import { Edge } from './edges';

export const FORMAT = 'eventflow';
/** The format version this build writes. Loading refuses newer files. */
export const FORMAT_VERSION = 1;

const base = {
  id: Id,
  label: Label,
  position: Position,
  /** Free text shown in the inspector: what this node is for. */
  description: z.string().max(4000).default(''),
};

const node = <K extends string, S extends z.ZodType>(kind: K, settings: S) =>
  z.object({ ...base, kind: z.literal(kind), settings: settings.prefault({} as z.input<S>) });

export const FlowNode = z.discriminatedUnion('kind', [
  node('client', ClientSettings),
  node('schedule', ScheduleSettings),
  node('source', SourceSettings),
  node('api', ApiSettings),
  node('bus', BusSettings),
  node('topic', TopicSettings),
  node('queue', QueueSettings),
  node('stream', StreamSettings),
  node('function', FunctionSettings),
  node('table', TableSettings),
  node('bucket', BucketSettings),
  node('external', ExternalSettings),
]);
export type FlowNode = z.infer<typeof FlowNode>;
export type NodeKind = FlowNode['kind'];
export type NodeOfKind<K extends NodeKind> = Extract<FlowNode, { kind: K }>;
export type SettingsOf<K extends NodeKind> = NodeOfKind<K>['settings'];

export const Note = z.object({
  id: Id,
  text: z.string().max(10_000),
  position: Position,
  width: z.number().min(80).max(2000).default(220),
  height: z.number().min(40).max(2000).default(120),
  color: z.enum(['yellow', 'blue', 'green', 'pink', 'grey']).default('yellow'),
});
export type Note = z.infer<typeof Note>;

export const RunSettings = z.object({
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  /** Virtual time the run lasts. */
  durationSeconds: z
    .number()
    .min(0.001)
    .max(31 * 86_400)
    .default(60),
  region: z.string().max(32).default('us-east-1'),
  accountId: z
    .string()
    .regex(/^\d{12}$/, 'must be 12 digits')
    .default('123456789012'),
  /** Lambda account concurrency quota for the Region. */
  accountConcurrency: z.number().int().min(1).max(1_000_000).default(1000),
  /** How long an idle execution environment is kept warm. AWS does not document it. */
  environmentKeepAliveSeconds: z.number().min(0).max(86_400).default(600),
});
export type RunSettings = z.infer<typeof RunSettings>;

export const Flow = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  name: Label,
  description: z.string().max(20_000).default(''),
  nodes: z.array(FlowNode).max(5000),
  edges: z.array(Edge).max(20_000).default([]),
  notes: z.array(Note).max(1000).default([]),
  run: RunSettings.prefault({}),
  meta: z.record(z.string(), z.unknown()).default({}),
});
/** A valid flow document, with every default filled in. */
export type Flow = z.infer<typeof Flow>;
/** What a file may contain: defaults may be left out. */
export type FlowInput = z.input<typeof Flow>;
