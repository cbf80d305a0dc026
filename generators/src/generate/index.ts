export { cacheKey, defaultCacheDir, isUpToDate, recordRun } from './cache.js';
export { type CheckReport, checkGeneration, isClean } from './check.js';
export { type ComparedFile, type Comparison, compareWithDisk } from './compare.js';
export {
  emitTarget,
  type GenerateOptions,
  type Generation,
  generate,
  type OffloadedTargets,
  producedByOthers,
  type TargetOutput,
  type TargetTiming,
} from './generate.js';
export { HEADER_MARK, hasHeader, headerFor } from './header.js';
export { type GenerateJob, type OutputEntry, resolveJob, UsageError } from './job.js';
export {
  defaultThreads,
  type Offload,
  type OffloadEntry,
  type OffloadRequest,
  PARALLEL_MIN_SPEC_BYTES,
  startOffload,
  type WorkerCode,
} from './offload.js';
export { findForeignFiles, findOwnedFiles } from './owned-files.js';
export { type PackageReport, type PackageStatus, packageReport } from './package-report.js';
export { resolveTargets, TargetResolutionError } from './resolve-targets.js';
export { TARGET_NAMES } from './target-names.js';
export { startWatchLoop, type WatchLoop, type WatchLoopOptions } from './watch.js';
export { applyComparison, type WriteReport, writeGeneration } from './write.js';
