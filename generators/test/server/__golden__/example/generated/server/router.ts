import type { Request, Router } from "express";
import * as zodOperations from "../zod/operations.js";
import type { OperationDescriptor, OperationSchemas, SecuritySchemeDescriptor } from "./descriptors.js";
import { createOperationsRouter, type RouterOptionsBase } from "./engine.js";
import type { Handlers } from "./handlers.js";
import { openApiRequestValidator } from "./openapi-validator.js";
import type { SecurityCheck } from "./runtime.js";

/** The zod validators of each operation, as the router reads them. */
const operationSchemas = zodOperations as unknown as Readonly<Record<keyof typeof zodOperations, OperationSchemas>>;

/** Every operation by operationId: method, OpenAPI path template and tags, for logs and metrics. */
export const operationIndex = {
    login: {
        method: "post",
        path: "/auth/login",
        tags: ["auth"]
    },
    logout: {
        method: "post",
        path: "/auth/logout",
        tags: ["auth"]
    },
    getCurrentUser: {
        method: "get",
        path: "/auth/me",
        tags: ["auth"]
    },
    refreshSession: {
        method: "post",
        path: "/auth/refresh",
        tags: ["auth"]
    },
    register: {
        method: "post",
        path: "/auth/register",
        tags: ["auth"]
    },
    listProjects: {
        method: "get",
        path: "/projects",
        tags: ["projects"]
    },
    createProject: {
        method: "post",
        path: "/projects",
        tags: ["projects"]
    },
    getProject: {
        method: "get",
        path: "/projects/{projectId}",
        tags: ["projects"]
    },
    deleteProject: {
        method: "delete",
        path: "/projects/{projectId}",
        tags: ["projects"]
    },
    updateProject: {
        method: "patch",
        path: "/projects/{projectId}",
        tags: ["projects"]
    },
    listProjectMembers: {
        method: "get",
        path: "/projects/{projectId}/members",
        tags: ["members"]
    },
    addProjectMember: {
        method: "post",
        path: "/projects/{projectId}/members",
        tags: ["members"]
    },
    removeProjectMember: {
        method: "delete",
        path: "/projects/{projectId}/members/{userId}",
        tags: ["members"]
    },
    listTasks: {
        method: "get",
        path: "/projects/{projectId}/tasks",
        tags: ["tasks"]
    },
    createTask: {
        method: "post",
        path: "/projects/{projectId}/tasks",
        tags: ["tasks"]
    },
    getTask: {
        method: "get",
        path: "/projects/{projectId}/tasks/{taskId}",
        tags: ["tasks"]
    },
    deleteTask: {
        method: "delete",
        path: "/projects/{projectId}/tasks/{taskId}",
        tags: ["tasks"]
    },
    updateTask: {
        method: "patch",
        path: "/projects/{projectId}/tasks/{taskId}",
        tags: ["tasks"]
    },
    listComments: {
        method: "get",
        path: "/projects/{projectId}/tasks/{taskId}/comments",
        tags: ["comments"]
    },
    createComment: {
        method: "post",
        path: "/projects/{projectId}/tasks/{taskId}/comments",
        tags: ["comments"]
    },
    getComment: {
        method: "get",
        path: "/projects/{projectId}/tasks/{taskId}/comments/{commentId}",
        tags: ["comments"]
    },
    listTaskActivity: {
        method: "get",
        path: "/projects/{projectId}/tasks/{taskId}/activity",
        tags: ["activity"]
    },
    listAttachments: {
        method: "get",
        path: "/projects/{projectId}/tasks/{taskId}/attachments",
        tags: ["attachments"]
    },
    uploadAttachment: {
        method: "post",
        path: "/projects/{projectId}/tasks/{taskId}/attachments",
        tags: ["attachments"]
    },
    deleteAttachment: {
        method: "delete",
        path: "/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}",
        tags: ["attachments"]
    },
    downloadAttachment: {
        method: "get",
        path: "/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content",
        tags: ["attachments"]
    },
    streamProjectEvents: {
        method: "get",
        path: "/projects/{projectId}/events",
        tags: ["events"]
    },
    getHealth: {
        method: "get",
        path: "/health",
        tags: ["health"]
    },
    getReadiness: {
        method: "get",
        path: "/ready",
        tags: ["health"]
    }
} as const;

/** Where each security scheme used by an operation finds its credential. */
export const securitySchemes: Readonly<Record<string, SecuritySchemeDescriptor>> = {
    bearerAuth: {
        type: "http",
        scheme: "bearer"
    }
};

/** POST /auth/login */
const loginRoute: OperationDescriptor = {
    operationId: "login",
    group: "auth",
    handler: "login",
    method: "post",
    path: "/auth/login",
    expressPath: "/auth/login",
    pathParams: {},
    parameters: [],
    security: [],
    body: {
        required: true,
        media: [{
                mediaType: "application/json",
                kind: "json"
            }]
    },
    responses: [{
            status: "200",
            headers: ["Set-Cookie"],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "413",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "415",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "422",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.login
};

/** POST /auth/logout */
const logoutRoute: OperationDescriptor = {
    operationId: "logout",
    group: "auth",
    handler: "logout",
    method: "post",
    path: "/auth/logout",
    expressPath: "/auth/logout",
    pathParams: {},
    parameters: [{
            name: "refresh_token",
            in: "cookie",
            shape: "scalar"
        }],
    security: [],
    responses: [{
            status: "204",
            headers: ["Set-Cookie"],
            media: []
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.logout
};

/** GET /auth/me */
const getCurrentUserRoute: OperationDescriptor = {
    operationId: "getCurrentUser",
    group: "auth",
    handler: "getCurrentUser",
    method: "get",
    path: "/auth/me",
    expressPath: "/auth/me",
    pathParams: {},
    parameters: [],
    security: [["bearerAuth"]],
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.getCurrentUser
};

/** POST /auth/refresh */
const refreshSessionRoute: OperationDescriptor = {
    operationId: "refreshSession",
    group: "auth",
    handler: "refreshSession",
    method: "post",
    path: "/auth/refresh",
    expressPath: "/auth/refresh",
    pathParams: {},
    parameters: [{
            name: "refresh_token",
            in: "cookie",
            shape: "scalar"
        }],
    security: [],
    responses: [{
            status: "200",
            headers: ["Set-Cookie"],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.refreshSession
};

/** POST /auth/register */
const registerRoute: OperationDescriptor = {
    operationId: "register",
    group: "auth",
    handler: "register",
    method: "post",
    path: "/auth/register",
    expressPath: "/auth/register",
    pathParams: {},
    parameters: [],
    security: [],
    body: {
        required: true,
        media: [{
                mediaType: "application/json",
                kind: "json"
            }]
    },
    responses: [{
            status: "201",
            headers: ["Location", "Set-Cookie"],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "409",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "413",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "415",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "422",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.register
};

/** GET /health */
const getHealthRoute: OperationDescriptor = {
    operationId: "getHealth",
    group: "health",
    handler: "getHealth",
    method: "get",
    path: "/health",
    expressPath: "/health",
    pathParams: {},
    parameters: [],
    security: [],
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.getHealth
};

/** GET /projects */
const listProjectsRoute: OperationDescriptor = {
    operationId: "listProjects",
    group: "projects",
    handler: "listProjects",
    method: "get",
    path: "/projects",
    expressPath: "/projects",
    pathParams: {},
    parameters: [{
            name: "cursor",
            in: "query",
            shape: "scalar"
        }, {
            name: "limit",
            in: "query",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.listProjects
};

/** POST /projects */
const createProjectRoute: OperationDescriptor = {
    operationId: "createProject",
    group: "projects",
    handler: "createProject",
    method: "post",
    path: "/projects",
    expressPath: "/projects",
    pathParams: {},
    parameters: [{
            name: "Idempotency-Key",
            in: "header",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    body: {
        required: true,
        media: [{
                mediaType: "application/json",
                kind: "json"
            }]
    },
    responses: [{
            status: "201",
            headers: ["Location"],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "409",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "413",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "415",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "422",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.createProject
};

/** GET /projects/{projectId} */
const getProjectRoute: OperationDescriptor = {
    operationId: "getProject",
    group: "projects",
    handler: "getProject",
    method: "get",
    path: "/projects/{projectId}",
    expressPath: "/projects/:projectId",
    pathParams: {
        projectId: "projectId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.getProject
};

/** DELETE /projects/{projectId} */
const deleteProjectRoute: OperationDescriptor = {
    operationId: "deleteProject",
    group: "projects",
    handler: "deleteProject",
    method: "delete",
    path: "/projects/{projectId}",
    expressPath: "/projects/:projectId",
    pathParams: {
        projectId: "projectId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "204",
            headers: [],
            media: []
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "403",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.deleteProject
};

/** PATCH /projects/{projectId} */
const updateProjectRoute: OperationDescriptor = {
    operationId: "updateProject",
    group: "projects",
    handler: "updateProject",
    method: "patch",
    path: "/projects/{projectId}",
    expressPath: "/projects/:projectId",
    pathParams: {
        projectId: "projectId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    body: {
        required: true,
        media: [{
                mediaType: "application/json",
                kind: "json"
            }]
    },
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "413",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "415",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "422",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.updateProject
};

/** GET /projects/{projectId}/events */
const streamProjectEventsRoute: OperationDescriptor = {
    operationId: "streamProjectEvents",
    group: "events",
    handler: "streamProjectEvents",
    method: "get",
    path: "/projects/{projectId}/events",
    expressPath: "/projects/:projectId/events",
    pathParams: {
        projectId: "projectId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "Last-Event-ID",
            in: "header",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "text/event-stream",
                    kind: "sse"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.streamProjectEvents
};

/** GET /projects/{projectId}/members */
const listProjectMembersRoute: OperationDescriptor = {
    operationId: "listProjectMembers",
    group: "members",
    handler: "listProjectMembers",
    method: "get",
    path: "/projects/{projectId}/members",
    expressPath: "/projects/:projectId/members",
    pathParams: {
        projectId: "projectId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "cursor",
            in: "query",
            shape: "scalar"
        }, {
            name: "limit",
            in: "query",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.listProjectMembers
};

/** POST /projects/{projectId}/members */
const addProjectMemberRoute: OperationDescriptor = {
    operationId: "addProjectMember",
    group: "members",
    handler: "addProjectMember",
    method: "post",
    path: "/projects/{projectId}/members",
    expressPath: "/projects/:projectId/members",
    pathParams: {
        projectId: "projectId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    body: {
        required: true,
        media: [{
                mediaType: "application/json",
                kind: "json"
            }]
    },
    responses: [{
            status: "201",
            headers: ["Location"],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "403",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "409",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "413",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "415",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "422",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.addProjectMember
};

/** DELETE /projects/{projectId}/members/{userId} */
const removeProjectMemberRoute: OperationDescriptor = {
    operationId: "removeProjectMember",
    group: "members",
    handler: "removeProjectMember",
    method: "delete",
    path: "/projects/{projectId}/members/{userId}",
    expressPath: "/projects/:projectId/members/:userId",
    pathParams: {
        projectId: "projectId",
        userId: "userId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "userId",
            in: "path",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "204",
            headers: [],
            media: []
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "403",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "409",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.removeProjectMember
};

/** GET /projects/{projectId}/tasks */
const listTasksRoute: OperationDescriptor = {
    operationId: "listTasks",
    group: "tasks",
    handler: "listTasks",
    method: "get",
    path: "/projects/{projectId}/tasks",
    expressPath: "/projects/:projectId/tasks",
    pathParams: {
        projectId: "projectId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "cursor",
            in: "query",
            shape: "scalar"
        }, {
            name: "limit",
            in: "query",
            shape: "scalar"
        }, {
            name: "status",
            in: "query",
            shape: "array",
            style: "form",
            explode: true
        }, {
            name: "assigneeId",
            in: "query",
            shape: "scalar"
        }, {
            name: "dueAfter",
            in: "query",
            shape: "scalar"
        }, {
            name: "dueBefore",
            in: "query",
            shape: "scalar"
        }, {
            name: "sort",
            in: "query",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.listTasks
};

/** POST /projects/{projectId}/tasks */
const createTaskRoute: OperationDescriptor = {
    operationId: "createTask",
    group: "tasks",
    handler: "createTask",
    method: "post",
    path: "/projects/{projectId}/tasks",
    expressPath: "/projects/:projectId/tasks",
    pathParams: {
        projectId: "projectId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "Idempotency-Key",
            in: "header",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    body: {
        required: true,
        media: [{
                mediaType: "application/json",
                kind: "json"
            }]
    },
    responses: [{
            status: "201",
            headers: ["Location", "ETag"],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "409",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "413",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "415",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "422",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.createTask
};

/** GET /projects/{projectId}/tasks/{taskId} */
const getTaskRoute: OperationDescriptor = {
    operationId: "getTask",
    group: "tasks",
    handler: "getTask",
    method: "get",
    path: "/projects/{projectId}/tasks/{taskId}",
    expressPath: "/projects/:projectId/tasks/:taskId",
    pathParams: {
        projectId: "projectId",
        taskId: "taskId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "taskId",
            in: "path",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "200",
            headers: ["ETag"],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.getTask
};

/** DELETE /projects/{projectId}/tasks/{taskId} */
const deleteTaskRoute: OperationDescriptor = {
    operationId: "deleteTask",
    group: "tasks",
    handler: "deleteTask",
    method: "delete",
    path: "/projects/{projectId}/tasks/{taskId}",
    expressPath: "/projects/:projectId/tasks/:taskId",
    pathParams: {
        projectId: "projectId",
        taskId: "taskId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "taskId",
            in: "path",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "204",
            headers: [],
            media: []
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.deleteTask
};

/** PATCH /projects/{projectId}/tasks/{taskId} */
const updateTaskRoute: OperationDescriptor = {
    operationId: "updateTask",
    group: "tasks",
    handler: "updateTask",
    method: "patch",
    path: "/projects/{projectId}/tasks/{taskId}",
    expressPath: "/projects/:projectId/tasks/:taskId",
    pathParams: {
        projectId: "projectId",
        taskId: "taskId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "taskId",
            in: "path",
            shape: "scalar"
        }, {
            name: "If-Match",
            in: "header",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    body: {
        required: true,
        media: [{
                mediaType: "application/json",
                kind: "json"
            }]
    },
    responses: [{
            status: "200",
            headers: ["ETag"],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "409",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "412",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "413",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "415",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "422",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.updateTask
};

/** GET /projects/{projectId}/tasks/{taskId}/activity */
const listTaskActivityRoute: OperationDescriptor = {
    operationId: "listTaskActivity",
    group: "activity",
    handler: "listTaskActivity",
    method: "get",
    path: "/projects/{projectId}/tasks/{taskId}/activity",
    expressPath: "/projects/:projectId/tasks/:taskId/activity",
    pathParams: {
        projectId: "projectId",
        taskId: "taskId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "taskId",
            in: "path",
            shape: "scalar"
        }, {
            name: "cursor",
            in: "query",
            shape: "scalar"
        }, {
            name: "limit",
            in: "query",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.listTaskActivity
};

/** GET /projects/{projectId}/tasks/{taskId}/attachments */
const listAttachmentsRoute: OperationDescriptor = {
    operationId: "listAttachments",
    group: "attachments",
    handler: "listAttachments",
    method: "get",
    path: "/projects/{projectId}/tasks/{taskId}/attachments",
    expressPath: "/projects/:projectId/tasks/:taskId/attachments",
    pathParams: {
        projectId: "projectId",
        taskId: "taskId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "taskId",
            in: "path",
            shape: "scalar"
        }, {
            name: "cursor",
            in: "query",
            shape: "scalar"
        }, {
            name: "limit",
            in: "query",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.listAttachments
};

/** POST /projects/{projectId}/tasks/{taskId}/attachments */
const uploadAttachmentRoute: OperationDescriptor = {
    operationId: "uploadAttachment",
    group: "attachments",
    handler: "uploadAttachment",
    method: "post",
    path: "/projects/{projectId}/tasks/{taskId}/attachments",
    expressPath: "/projects/:projectId/tasks/:taskId/attachments",
    pathParams: {
        projectId: "projectId",
        taskId: "taskId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "taskId",
            in: "path",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    body: {
        required: true,
        media: [{
                mediaType: "multipart/form-data",
                kind: "stream"
            }]
    },
    responses: [{
            status: "201",
            headers: ["Location"],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "413",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "415",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "422",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.uploadAttachment
};

/** DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId} */
const deleteAttachmentRoute: OperationDescriptor = {
    operationId: "deleteAttachment",
    group: "attachments",
    handler: "deleteAttachment",
    method: "delete",
    path: "/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}",
    expressPath: "/projects/:projectId/tasks/:taskId/attachments/:attachmentId",
    pathParams: {
        projectId: "projectId",
        taskId: "taskId",
        attachmentId: "attachmentId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "taskId",
            in: "path",
            shape: "scalar"
        }, {
            name: "attachmentId",
            in: "path",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "204",
            headers: [],
            media: []
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "403",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.deleteAttachment
};

/** GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content */
const downloadAttachmentRoute: OperationDescriptor = {
    operationId: "downloadAttachment",
    group: "attachments",
    handler: "downloadAttachment",
    method: "get",
    path: "/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content",
    expressPath: "/projects/:projectId/tasks/:taskId/attachments/:attachmentId/content",
    pathParams: {
        projectId: "projectId",
        taskId: "taskId",
        attachmentId: "attachmentId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "taskId",
            in: "path",
            shape: "scalar"
        }, {
            name: "attachmentId",
            in: "path",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "200",
            headers: ["Content-Disposition"],
            media: [{
                    mediaType: "application/octet-stream",
                    kind: "binary"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.downloadAttachment
};

/** GET /projects/{projectId}/tasks/{taskId}/comments */
const listCommentsRoute: OperationDescriptor = {
    operationId: "listComments",
    group: "comments",
    handler: "listComments",
    method: "get",
    path: "/projects/{projectId}/tasks/{taskId}/comments",
    expressPath: "/projects/:projectId/tasks/:taskId/comments",
    pathParams: {
        projectId: "projectId",
        taskId: "taskId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "taskId",
            in: "path",
            shape: "scalar"
        }, {
            name: "cursor",
            in: "query",
            shape: "scalar"
        }, {
            name: "limit",
            in: "query",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.listComments
};

/** POST /projects/{projectId}/tasks/{taskId}/comments */
const createCommentRoute: OperationDescriptor = {
    operationId: "createComment",
    group: "comments",
    handler: "createComment",
    method: "post",
    path: "/projects/{projectId}/tasks/{taskId}/comments",
    expressPath: "/projects/:projectId/tasks/:taskId/comments",
    pathParams: {
        projectId: "projectId",
        taskId: "taskId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "taskId",
            in: "path",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    body: {
        required: true,
        media: [{
                mediaType: "application/json",
                kind: "json"
            }]
    },
    responses: [{
            status: "201",
            headers: ["Location"],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "409",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "413",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "415",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "422",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.createComment
};

/** GET /projects/{projectId}/tasks/{taskId}/comments/{commentId} */
const getCommentRoute: OperationDescriptor = {
    operationId: "getComment",
    group: "comments",
    handler: "getComment",
    method: "get",
    path: "/projects/{projectId}/tasks/{taskId}/comments/{commentId}",
    expressPath: "/projects/:projectId/tasks/:taskId/comments/:commentId",
    pathParams: {
        projectId: "projectId",
        taskId: "taskId",
        commentId: "commentId"
    },
    parameters: [{
            name: "projectId",
            in: "path",
            shape: "scalar"
        }, {
            name: "taskId",
            in: "path",
            shape: "scalar"
        }, {
            name: "commentId",
            in: "path",
            shape: "scalar"
        }],
    security: [["bearerAuth"]],
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "400",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "401",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "404",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.getComment
};

/** GET /ready */
const getReadinessRoute: OperationDescriptor = {
    operationId: "getReadiness",
    group: "health",
    handler: "getReadiness",
    method: "get",
    path: "/ready",
    expressPath: "/ready",
    pathParams: {},
    parameters: [],
    security: [],
    responses: [{
            status: "200",
            headers: [],
            media: [{
                    mediaType: "application/json",
                    kind: "json"
                }]
        }, {
            status: "429",
            headers: ["Retry-After"],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "500",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }, {
            status: "503",
            headers: [],
            media: [{
                    mediaType: "application/problem+json",
                    kind: "json"
                }]
        }],
    schemas: operationSchemas.getReadiness
};

/** The operations in registration order: concrete paths before templated ones that could match the same URL. */
const operations: readonly OperationDescriptor[] = [
    loginRoute,
    logoutRoute,
    getCurrentUserRoute,
    refreshSessionRoute,
    registerRoute,
    getHealthRoute,
    listProjectsRoute,
    createProjectRoute,
    getProjectRoute,
    deleteProjectRoute,
    updateProjectRoute,
    streamProjectEventsRoute,
    listProjectMembersRoute,
    addProjectMemberRoute,
    removeProjectMemberRoute,
    listTasksRoute,
    createTaskRoute,
    getTaskRoute,
    deleteTaskRoute,
    updateTaskRoute,
    listTaskActivityRoute,
    listAttachmentsRoute,
    uploadAttachmentRoute,
    deleteAttachmentRoute,
    downloadAttachmentRoute,
    listCommentsRoute,
    createCommentRoute,
    getCommentRoute,
    getReadinessRoute
];

/** One check per security scheme: it receives the credential and returns the principal, or undefined to refuse (401). */
export interface SecurityChecks<TAuth> {
    /** The `Authorization: Bearer` credential. */
    bearerAuth: SecurityCheck<TAuth, Request>;
}

/** What `createRouter` needs: every handler and one check per security scheme. */
export interface RouterOptions<TAuth> extends RouterOptionsBase {
    handlers: Handlers<TAuth>;
    security: SecurityChecks<TAuth>;
}

/**
 * An Express router serving every operation of the spec: security, parameter and body
 * validation, the handler call and the typed response. Errors go to `next(err)`.
 */
export function createRouter<TAuth>(options: RouterOptions<TAuth>): Router {
    return createOperationsRouter(operations, securitySchemes, options, openApiRequestValidator);
}
