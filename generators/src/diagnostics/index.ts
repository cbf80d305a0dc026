export {
  createDiagnostic,
  DIAGNOSTICS,
  type DiagnosticCode,
  type DiagnosticDefinition,
  formatTemplate,
} from './codes.js';
export {
  countBySeverity,
  diagnosticRecord,
  displayPath,
  formatDiagnosticLine,
  formatSummary,
  sortDiagnostics,
} from './format.js';
export type { Diagnostic, Severity } from './types.js';
