/** A validating proxy: forwards to a running backend and reports every contract violation. */
export { type ProxyOptions, type ProxyServer, startProxy, VIOLATIONS_HEADER } from './server.js';
export {
  type ContractViolation,
  documentedResponse,
  requestViolations,
  responseViolations,
} from './violations.js';
