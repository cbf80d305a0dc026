import express, { type Router } from 'express';
import swaggerUi from 'swagger-ui-dist';
import type { OpenApiDocument } from './openapi-document.js';

/*
 * Swagger UI is served from the installed swagger-ui-dist package, never a
 * CDN: the reference works offline and under a strict Content-Security-Policy
 * (scripts only from 'self', so the initializer is a file, not inline).
 */

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API reference</title>
    <link rel="stylesheet" href="./swagger-ui.css" />
    <link rel="icon" type="image/png" href="./favicon-32x32.png" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="./swagger-ui-bundle.js"></script>
    <script src="./initializer.js"></script>
  </body>
</html>
`;

// validatorUrl null: Swagger UI would otherwise send the document to validator.swagger.io.
const INITIALIZER_JS = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: new URL('../openapi.json', window.location.href).toString(),
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
  });
});
`;

/** `/openapi.json` (the bundled document) and the interactive reference at `/docs/`. */
export function docsRouter(document: OpenApiDocument): Router {
  const router = express.Router();
  const json = JSON.stringify(document);

  router.get('/openapi.json', (_req, res) => {
    res.type('application/json').setHeader('Cache-Control', 'no-cache');
    res.send(json);
  });
  router.get('/docs', (req, res, next) => {
    // Relative asset URLs in the page need the trailing slash.
    if (req.path === '/docs') res.redirect(301, '/docs/');
    else next();
  });
  router.get('/docs/', (_req, res) => {
    res.type('html').setHeader('Cache-Control', 'no-cache');
    res.send(INDEX_HTML);
  });
  router.get('/docs/initializer.js', (_req, res) => {
    res.type('application/javascript').send(INITIALIZER_JS);
  });
  router.use('/docs', express.static(swaggerUi.getAbsoluteFSPath(), { index: false, maxAge: '1h' }));
  return router;
}
