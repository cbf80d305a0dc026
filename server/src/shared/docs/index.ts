export { docsRouter } from './docs-router.js';
export {
  documentedResponseHeaders,
  loadOpenApiDocument,
  type OpenApiDocument,
  pathsOfOperations,
} from './openapi-document.js';
