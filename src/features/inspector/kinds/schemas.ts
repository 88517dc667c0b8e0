import type { z } from 'zod';
import {
  ApiSettings,
  BucketSettings,
  BusSettings,
  ClientSettings,
  ExternalSettings,
  FunctionSettings,
  QueueSettings,
  ScheduleSettings,
  SourceSettings,
  StreamSettings,
  TableSettings,
  TopicSettings,
  type NodeKind,
} from '../../../model';

/** The settings schema of each kind: the fields validate against these. */
export const SETTINGS_SCHEMAS: Record<NodeKind, z.ZodType> = {
  client: ClientSettings,
  schedule: ScheduleSettings,
  source: SourceSettings,
  api: ApiSettings,
  bus: BusSettings,
  topic: TopicSettings,
  queue: QueueSettings,
  stream: StreamSettings,
  function: FunctionSettings,
  table: TableSettings,
  bucket: BucketSettings,
  external: ExternalSettings,
};
