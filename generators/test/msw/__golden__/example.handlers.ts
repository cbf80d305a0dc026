import { http, type HttpHandler } from "msw";
import { createMockEngine, type EngineOptions, fromFetchRequest, type MockEngine, routePattern, toFetchResponse } from "specloom/mock-engine";
import { spec } from "./spec.js";
/** Options of {@link createMockApi}: the engine’s (`stateful`, `dynamic`, `seed`, `tokens`, `seedData`) and where the API lives. */
export interface MockApiOptions extends EngineOptions {
    /** The base URL the client calls (`http://localhost:3000/api`); a path alone matches on any origin. Default: {@link DEFAULT_BASE}. */
    baseUrl?: string;
}
/** MSW handlers and the engine that answers them. */
export interface MockApi {
    /** Pass to `setupWorker(...)` or `setupServer(...)`. */
    readonly handlers: HttpHandler[];
    /** The engine behind them: `engine.reset()` restores the stateful seed state. */
    readonly engine: MockEngine;
}
/** Base the handlers match by default: the path of the spec’s first server, on any origin. */
export const DEFAULT_BASE = "";
/** MSW 2 handlers for every operation of the spec, answered by specloom’s mock engine: requests validated, errors in the documented status and schema, examples or generated data, and with `stateful: true` resources kept in memory. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
    const engine = createMockEngine(spec, options);
    const base = options.baseUrl ?? DEFAULT_BASE;
    const resolve = async ({ request }: {
        request: Request;
    }): Promise<Response> => toFetchResponse(engine.handle(await fromFetchRequest(request, base)), engine);
    return {
        engine: engine,
        handlers: [
            http.post(routePattern("/auth/login", base), resolve),
            http.post(routePattern("/auth/logout", base), resolve),
            http.get(routePattern("/auth/me", base), resolve),
            http.post(routePattern("/auth/refresh", base), resolve),
            http.post(routePattern("/auth/register", base), resolve),
            http.get(routePattern("/health", base), resolve),
            http.get(routePattern("/projects", base), resolve),
            http.post(routePattern("/projects", base), resolve),
            http.get(routePattern("/projects/{projectId}", base), resolve),
            http.delete(routePattern("/projects/{projectId}", base), resolve),
            http.patch(routePattern("/projects/{projectId}", base), resolve),
            http.get(routePattern("/projects/{projectId}/events", base), resolve),
            http.get(routePattern("/projects/{projectId}/members", base), resolve),
            http.post(routePattern("/projects/{projectId}/members", base), resolve),
            http.delete(routePattern("/projects/{projectId}/members/{userId}", base), resolve),
            http.get(routePattern("/projects/{projectId}/tasks", base), resolve),
            http.post(routePattern("/projects/{projectId}/tasks", base), resolve),
            http.get(routePattern("/projects/{projectId}/tasks/{taskId}", base), resolve),
            http.delete(routePattern("/projects/{projectId}/tasks/{taskId}", base), resolve),
            http.patch(routePattern("/projects/{projectId}/tasks/{taskId}", base), resolve),
            http.get(routePattern("/projects/{projectId}/tasks/{taskId}/activity", base), resolve),
            http.get(routePattern("/projects/{projectId}/tasks/{taskId}/attachments", base), resolve),
            http.post(routePattern("/projects/{projectId}/tasks/{taskId}/attachments", base), resolve),
            http.delete(routePattern("/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}", base), resolve),
            http.get(routePattern("/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content", base), resolve),
            http.get(routePattern("/projects/{projectId}/tasks/{taskId}/comments", base), resolve),
            http.post(routePattern("/projects/{projectId}/tasks/{taskId}/comments", base), resolve),
            http.get(routePattern("/projects/{projectId}/tasks/{taskId}/comments/{commentId}", base), resolve),
            http.get(routePattern("/ready", base), resolve),
            http.all(routePattern("/auth/login", base), resolve),
            http.all(routePattern("/auth/logout", base), resolve),
            http.all(routePattern("/auth/me", base), resolve),
            http.all(routePattern("/auth/refresh", base), resolve),
            http.all(routePattern("/auth/register", base), resolve),
            http.all(routePattern("/health", base), resolve),
            http.all(routePattern("/projects", base), resolve),
            http.all(routePattern("/projects/{projectId}", base), resolve),
            http.all(routePattern("/projects/{projectId}/events", base), resolve),
            http.all(routePattern("/projects/{projectId}/members", base), resolve),
            http.all(routePattern("/projects/{projectId}/members/{userId}", base), resolve),
            http.all(routePattern("/projects/{projectId}/tasks", base), resolve),
            http.all(routePattern("/projects/{projectId}/tasks/{taskId}", base), resolve),
            http.all(routePattern("/projects/{projectId}/tasks/{taskId}/activity", base), resolve),
            http.all(routePattern("/projects/{projectId}/tasks/{taskId}/attachments", base), resolve),
            http.all(routePattern("/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}", base), resolve),
            http.all(routePattern("/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content", base), resolve),
            http.all(routePattern("/projects/{projectId}/tasks/{taskId}/comments", base), resolve),
            http.all(routePattern("/projects/{projectId}/tasks/{taskId}/comments/{commentId}", base), resolve),
            http.all(routePattern("/ready", base), resolve)
        ]
    };
}
/** Stateless handlers serving the spec’s examples (or generated data where it has none). */
export const handlers = createMockApi().handlers;
