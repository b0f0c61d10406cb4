export { type ConsentEndpointOptions, createConsentEndpoint, MAX_BODY_BYTES } from './endpoint';
export {
  type Acceptance,
  type AppendResult,
  type ConsentLog,
  type ConsentStats,
  DEFAULT_RETENTION_DAYS,
  type LoggedRecord,
  type MethodCounts,
  type PurgeOptions,
  type TimeRange,
} from './log';
export { type NodeHandler, toNodeHandler } from './node';
export { type PostgresQueryable, postgresLog } from './postgres';
export { checkRecord, type RecordProblem, type RecordRules } from './record';
export { type SqliteLogOptions, sqliteLog } from './sqlite';
