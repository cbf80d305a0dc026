import type { components, paths } from "../types.js";
import type * as zodOperations from "../zod/operations.js";
import type { BinaryBody, PublicContext, SecuredContext, SseEvent, StreamBody } from "./runtime.js";

export type { BinaryBody, PublicContext, RequestContext, SecuredContext, SseEvent, StreamBody } from "./runtime.js";

/** What `login` (POST /auth/login) receives, validated. */
export type LoginInput = {
    body: zodOperations.RequestOutputs["login"]["body"]["application/json"];
};

/** What `login` may answer: one variant per documented status. */
export type LoginResult = {
    status: 200;
    body: paths["/auth/login"]["post"]["responses"]["200"]["content"]["application/json"];
    headers: {
        "Set-Cookie": string;
    };
} | {
    status: 400;
    body: paths["/auth/login"]["post"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/auth/login"]["post"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 413;
    body: paths["/auth/login"]["post"]["responses"]["413"]["content"]["application/problem+json"];
} | {
    status: 415;
    body: paths["/auth/login"]["post"]["responses"]["415"]["content"]["application/problem+json"];
} | {
    status: 422;
    body: paths["/auth/login"]["post"]["responses"]["422"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/auth/login"]["post"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/auth/login"]["post"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `logout` (POST /auth/logout) receives, validated. */
export type LogoutInput = {
    cookies: zodOperations.RequestOutputs["logout"]["cookies"];
};

/** What `logout` may answer: one variant per documented status. */
export type LogoutResult = {
    status: 204;
    headers: {
        "Set-Cookie": string;
    };
} | {
    status: 400;
    body: paths["/auth/logout"]["post"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/auth/logout"]["post"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/auth/logout"]["post"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `getCurrentUser` (GET /auth/me) receives, validated. */
export type GetCurrentUserInput = Record<string, never>;

/** What `getCurrentUser` may answer: one variant per documented status. */
export type GetCurrentUserResult = {
    status: 200;
    body: paths["/auth/me"]["get"]["responses"]["200"]["content"]["application/json"];
} | {
    status: 401;
    body: paths["/auth/me"]["get"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/auth/me"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/auth/me"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `refreshSession` (POST /auth/refresh) receives, validated. */
export type RefreshSessionInput = {
    cookies: zodOperations.RequestOutputs["refreshSession"]["cookies"];
};

/** What `refreshSession` may answer: one variant per documented status. */
export type RefreshSessionResult = {
    status: 200;
    body: paths["/auth/refresh"]["post"]["responses"]["200"]["content"]["application/json"];
    headers: {
        "Set-Cookie": string;
    };
} | {
    status: 400;
    body: paths["/auth/refresh"]["post"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/auth/refresh"]["post"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/auth/refresh"]["post"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/auth/refresh"]["post"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `register` (POST /auth/register) receives, validated. */
export type RegisterInput = {
    body: zodOperations.RequestOutputs["register"]["body"]["application/json"];
};

/** What `register` may answer: one variant per documented status. */
export type RegisterResult = {
    status: 201;
    body: paths["/auth/register"]["post"]["responses"]["201"]["content"]["application/json"];
    headers: {
        Location: string;
        "Set-Cookie": string;
    };
} | {
    status: 400;
    body: paths["/auth/register"]["post"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 409;
    body: paths["/auth/register"]["post"]["responses"]["409"]["content"]["application/problem+json"];
} | {
    status: 413;
    body: paths["/auth/register"]["post"]["responses"]["413"]["content"]["application/problem+json"];
} | {
    status: 415;
    body: paths["/auth/register"]["post"]["responses"]["415"]["content"]["application/problem+json"];
} | {
    status: 422;
    body: paths["/auth/register"]["post"]["responses"]["422"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/auth/register"]["post"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/auth/register"]["post"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `listProjects` (GET /projects) receives, validated. */
export type ListProjectsInput = {
    query: zodOperations.RequestOutputs["listProjects"]["query"];
};

/** What `listProjects` may answer: one variant per documented status. */
export type ListProjectsResult = {
    status: 200;
    body: paths["/projects"]["get"]["responses"]["200"]["content"]["application/json"];
} | {
    status: 400;
    body: paths["/projects"]["get"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects"]["get"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `createProject` (POST /projects) receives, validated. */
export type CreateProjectInput = {
    headers: zodOperations.RequestOutputs["createProject"]["headers"];
    body: zodOperations.RequestOutputs["createProject"]["body"]["application/json"];
};

/** What `createProject` may answer: one variant per documented status. */
export type CreateProjectResult = {
    status: 201;
    body: paths["/projects"]["post"]["responses"]["201"]["content"]["application/json"];
    headers: {
        Location: string;
    };
} | {
    status: 400;
    body: paths["/projects"]["post"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects"]["post"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 409;
    body: paths["/projects"]["post"]["responses"]["409"]["content"]["application/problem+json"];
} | {
    status: 413;
    body: paths["/projects"]["post"]["responses"]["413"]["content"]["application/problem+json"];
} | {
    status: 415;
    body: paths["/projects"]["post"]["responses"]["415"]["content"]["application/problem+json"];
} | {
    status: 422;
    body: paths["/projects"]["post"]["responses"]["422"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects"]["post"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects"]["post"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `getProject` (GET /projects/{projectId}) receives, validated. */
export type GetProjectInput = {
    path: zodOperations.RequestOutputs["getProject"]["path"];
};

/** What `getProject` may answer: one variant per documented status. */
export type GetProjectResult = {
    status: 200;
    body: paths["/projects/{projectId}"]["get"]["responses"]["200"]["content"]["application/json"];
} | {
    status: 400;
    body: paths["/projects/{projectId}"]["get"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}"]["get"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}"]["get"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `deleteProject` (DELETE /projects/{projectId}) receives, validated. */
export type DeleteProjectInput = {
    path: zodOperations.RequestOutputs["deleteProject"]["path"];
};

/** What `deleteProject` may answer: one variant per documented status. */
export type DeleteProjectResult = {
    status: 204;
} | {
    status: 400;
    body: paths["/projects/{projectId}"]["delete"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}"]["delete"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 403;
    body: paths["/projects/{projectId}"]["delete"]["responses"]["403"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}"]["delete"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}"]["delete"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}"]["delete"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `updateProject` (PATCH /projects/{projectId}) receives, validated. */
export type UpdateProjectInput = {
    path: zodOperations.RequestOutputs["updateProject"]["path"];
    body: zodOperations.RequestOutputs["updateProject"]["body"]["application/json"];
};

/** What `updateProject` may answer: one variant per documented status. */
export type UpdateProjectResult = {
    status: 200;
    body: paths["/projects/{projectId}"]["patch"]["responses"]["200"]["content"]["application/json"];
} | {
    status: 400;
    body: paths["/projects/{projectId}"]["patch"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}"]["patch"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}"]["patch"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 413;
    body: paths["/projects/{projectId}"]["patch"]["responses"]["413"]["content"]["application/problem+json"];
} | {
    status: 415;
    body: paths["/projects/{projectId}"]["patch"]["responses"]["415"]["content"]["application/problem+json"];
} | {
    status: 422;
    body: paths["/projects/{projectId}"]["patch"]["responses"]["422"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}"]["patch"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}"]["patch"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `listProjectMembers` (GET /projects/{projectId}/members) receives, validated. */
export type ListProjectMembersInput = {
    path: zodOperations.RequestOutputs["listProjectMembers"]["path"];
    query: zodOperations.RequestOutputs["listProjectMembers"]["query"];
};

/** What `listProjectMembers` may answer: one variant per documented status. */
export type ListProjectMembersResult = {
    status: 200;
    body: paths["/projects/{projectId}/members"]["get"]["responses"]["200"]["content"]["application/json"];
} | {
    status: 400;
    body: paths["/projects/{projectId}/members"]["get"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/members"]["get"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/members"]["get"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/members"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/members"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `addProjectMember` (POST /projects/{projectId}/members) receives, validated. */
export type AddProjectMemberInput = {
    path: zodOperations.RequestOutputs["addProjectMember"]["path"];
    body: zodOperations.RequestOutputs["addProjectMember"]["body"]["application/json"];
};

/** What `addProjectMember` may answer: one variant per documented status. */
export type AddProjectMemberResult = {
    status: 201;
    body: paths["/projects/{projectId}/members"]["post"]["responses"]["201"]["content"]["application/json"];
    headers: {
        Location: string;
    };
} | {
    status: 400;
    body: paths["/projects/{projectId}/members"]["post"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/members"]["post"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 403;
    body: paths["/projects/{projectId}/members"]["post"]["responses"]["403"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/members"]["post"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 409;
    body: paths["/projects/{projectId}/members"]["post"]["responses"]["409"]["content"]["application/problem+json"];
} | {
    status: 413;
    body: paths["/projects/{projectId}/members"]["post"]["responses"]["413"]["content"]["application/problem+json"];
} | {
    status: 415;
    body: paths["/projects/{projectId}/members"]["post"]["responses"]["415"]["content"]["application/problem+json"];
} | {
    status: 422;
    body: paths["/projects/{projectId}/members"]["post"]["responses"]["422"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/members"]["post"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/members"]["post"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `removeProjectMember` (DELETE /projects/{projectId}/members/{userId}) receives, validated. */
export type RemoveProjectMemberInput = {
    path: zodOperations.RequestOutputs["removeProjectMember"]["path"];
};

/** What `removeProjectMember` may answer: one variant per documented status. */
export type RemoveProjectMemberResult = {
    status: 204;
} | {
    status: 400;
    body: paths["/projects/{projectId}/members/{userId}"]["delete"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/members/{userId}"]["delete"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 403;
    body: paths["/projects/{projectId}/members/{userId}"]["delete"]["responses"]["403"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/members/{userId}"]["delete"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 409;
    body: paths["/projects/{projectId}/members/{userId}"]["delete"]["responses"]["409"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/members/{userId}"]["delete"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/members/{userId}"]["delete"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `listTasks` (GET /projects/{projectId}/tasks) receives, validated. */
export type ListTasksInput = {
    path: zodOperations.RequestOutputs["listTasks"]["path"];
    query: zodOperations.RequestOutputs["listTasks"]["query"];
};

/** What `listTasks` may answer: one variant per documented status. */
export type ListTasksResult = {
    status: 200;
    body: paths["/projects/{projectId}/tasks"]["get"]["responses"]["200"]["content"]["application/json"];
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks"]["get"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks"]["get"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks"]["get"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `createTask` (POST /projects/{projectId}/tasks) receives, validated. */
export type CreateTaskInput = {
    path: zodOperations.RequestOutputs["createTask"]["path"];
    headers: zodOperations.RequestOutputs["createTask"]["headers"];
    body: zodOperations.RequestOutputs["createTask"]["body"]["application/json"];
};

/** What `createTask` may answer: one variant per documented status. */
export type CreateTaskResult = {
    status: 201;
    body: paths["/projects/{projectId}/tasks"]["post"]["responses"]["201"]["content"]["application/json"];
    headers: {
        Location: string;
        ETag: string;
    };
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks"]["post"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks"]["post"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks"]["post"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 409;
    body: paths["/projects/{projectId}/tasks"]["post"]["responses"]["409"]["content"]["application/problem+json"];
} | {
    status: 413;
    body: paths["/projects/{projectId}/tasks"]["post"]["responses"]["413"]["content"]["application/problem+json"];
} | {
    status: 415;
    body: paths["/projects/{projectId}/tasks"]["post"]["responses"]["415"]["content"]["application/problem+json"];
} | {
    status: 422;
    body: paths["/projects/{projectId}/tasks"]["post"]["responses"]["422"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks"]["post"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks"]["post"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `getTask` (GET /projects/{projectId}/tasks/{taskId}) receives, validated. */
export type GetTaskInput = {
    path: zodOperations.RequestOutputs["getTask"]["path"];
};

/** What `getTask` may answer: one variant per documented status. */
export type GetTaskResult = {
    status: 200;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["get"]["responses"]["200"]["content"]["application/json"];
    headers: {
        ETag: string;
    };
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["get"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["get"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["get"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `deleteTask` (DELETE /projects/{projectId}/tasks/{taskId}) receives, validated. */
export type DeleteTaskInput = {
    path: zodOperations.RequestOutputs["deleteTask"]["path"];
};

/** What `deleteTask` may answer: one variant per documented status. */
export type DeleteTaskResult = {
    status: 204;
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["delete"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["delete"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["delete"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["delete"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["delete"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `updateTask` (PATCH /projects/{projectId}/tasks/{taskId}) receives, validated. */
export type UpdateTaskInput = {
    path: zodOperations.RequestOutputs["updateTask"]["path"];
    headers: zodOperations.RequestOutputs["updateTask"]["headers"];
    body: zodOperations.RequestOutputs["updateTask"]["body"]["application/json"];
};

/** What `updateTask` may answer: one variant per documented status. */
export type UpdateTaskResult = {
    status: 200;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["patch"]["responses"]["200"]["content"]["application/json"];
    headers: {
        ETag: string;
    };
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["patch"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["patch"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["patch"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 409;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["patch"]["responses"]["409"]["content"]["application/problem+json"];
} | {
    status: 412;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["patch"]["responses"]["412"]["content"]["application/problem+json"];
} | {
    status: 413;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["patch"]["responses"]["413"]["content"]["application/problem+json"];
} | {
    status: 415;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["patch"]["responses"]["415"]["content"]["application/problem+json"];
} | {
    status: 422;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["patch"]["responses"]["422"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["patch"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks/{taskId}"]["patch"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `listComments` (GET /projects/{projectId}/tasks/{taskId}/comments) receives, validated. */
export type ListCommentsInput = {
    path: zodOperations.RequestOutputs["listComments"]["path"];
    query: zodOperations.RequestOutputs["listComments"]["query"];
};

/** What `listComments` may answer: one variant per documented status. */
export type ListCommentsResult = {
    status: 200;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["get"]["responses"]["200"]["content"]["application/json"];
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["get"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["get"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["get"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `createComment` (POST /projects/{projectId}/tasks/{taskId}/comments) receives, validated. */
export type CreateCommentInput = {
    path: zodOperations.RequestOutputs["createComment"]["path"];
    body: zodOperations.RequestOutputs["createComment"]["body"]["application/json"];
};

/** What `createComment` may answer: one variant per documented status. */
export type CreateCommentResult = {
    status: 201;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["post"]["responses"]["201"]["content"]["application/json"];
    headers: {
        Location: string;
    };
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["post"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["post"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["post"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 409;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["post"]["responses"]["409"]["content"]["application/problem+json"];
} | {
    status: 413;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["post"]["responses"]["413"]["content"]["application/problem+json"];
} | {
    status: 415;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["post"]["responses"]["415"]["content"]["application/problem+json"];
} | {
    status: 422;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["post"]["responses"]["422"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["post"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments"]["post"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `getComment` (GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}) receives, validated. */
export type GetCommentInput = {
    path: zodOperations.RequestOutputs["getComment"]["path"];
};

/** What `getComment` may answer: one variant per documented status. */
export type GetCommentResult = {
    status: 200;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments/{commentId}"]["get"]["responses"]["200"]["content"]["application/json"];
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments/{commentId}"]["get"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments/{commentId}"]["get"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments/{commentId}"]["get"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments/{commentId}"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks/{taskId}/comments/{commentId}"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `listTaskActivity` (GET /projects/{projectId}/tasks/{taskId}/activity) receives, validated. */
export type ListTaskActivityInput = {
    path: zodOperations.RequestOutputs["listTaskActivity"]["path"];
    query: zodOperations.RequestOutputs["listTaskActivity"]["query"];
};

/** What `listTaskActivity` may answer: one variant per documented status. */
export type ListTaskActivityResult = {
    status: 200;
    body: paths["/projects/{projectId}/tasks/{taskId}/activity"]["get"]["responses"]["200"]["content"]["application/json"];
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks/{taskId}/activity"]["get"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks/{taskId}/activity"]["get"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks/{taskId}/activity"]["get"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks/{taskId}/activity"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks/{taskId}/activity"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `listAttachments` (GET /projects/{projectId}/tasks/{taskId}/attachments) receives, validated. */
export type ListAttachmentsInput = {
    path: zodOperations.RequestOutputs["listAttachments"]["path"];
    query: zodOperations.RequestOutputs["listAttachments"]["query"];
};

/** What `listAttachments` may answer: one variant per documented status. */
export type ListAttachmentsResult = {
    status: 200;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["get"]["responses"]["200"]["content"]["application/json"];
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["get"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["get"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["get"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `uploadAttachment` (POST /projects/{projectId}/tasks/{taskId}/attachments) receives, validated. */
export type UploadAttachmentInput = {
    path: zodOperations.RequestOutputs["uploadAttachment"]["path"];
    body: StreamBody;
};

/** What `uploadAttachment` may answer: one variant per documented status. */
export type UploadAttachmentResult = {
    status: 201;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["post"]["responses"]["201"]["content"]["application/json"];
    headers: {
        Location: string;
    };
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["post"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["post"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["post"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 413;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["post"]["responses"]["413"]["content"]["application/problem+json"];
} | {
    status: 415;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["post"]["responses"]["415"]["content"]["application/problem+json"];
} | {
    status: 422;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["post"]["responses"]["422"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["post"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments"]["post"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `deleteAttachment` (DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}) receives, validated. */
export type DeleteAttachmentInput = {
    path: zodOperations.RequestOutputs["deleteAttachment"]["path"];
};

/** What `deleteAttachment` may answer: one variant per documented status. */
export type DeleteAttachmentResult = {
    status: 204;
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}"]["delete"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}"]["delete"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 403;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}"]["delete"]["responses"]["403"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}"]["delete"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}"]["delete"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}"]["delete"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `downloadAttachment` (GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content) receives, validated. */
export type DownloadAttachmentInput = {
    path: zodOperations.RequestOutputs["downloadAttachment"]["path"];
};

/** What `downloadAttachment` may answer: one variant per documented status. */
export type DownloadAttachmentResult = {
    status: 200;
    body: BinaryBody;
    headers: {
        "Content-Disposition": string;
    };
} | {
    status: 400;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content"]["get"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content"]["get"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content"]["get"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `streamProjectEvents` (GET /projects/{projectId}/events) receives, validated. */
export type StreamProjectEventsInput = {
    path: zodOperations.RequestOutputs["streamProjectEvents"]["path"];
    headers: zodOperations.RequestOutputs["streamProjectEvents"]["headers"];
};

/** What `streamProjectEvents` may answer: one variant per documented status. */
export type StreamProjectEventsResult = {
    status: 200;
    events: AsyncIterable<SseEvent<components["schemas"]["ProjectEvent"]>>;
} | {
    status: 400;
    body: paths["/projects/{projectId}/events"]["get"]["responses"]["400"]["content"]["application/problem+json"];
} | {
    status: 401;
    body: paths["/projects/{projectId}/events"]["get"]["responses"]["401"]["content"]["application/problem+json"];
} | {
    status: 404;
    body: paths["/projects/{projectId}/events"]["get"]["responses"]["404"]["content"]["application/problem+json"];
} | {
    status: 429;
    body: paths["/projects/{projectId}/events"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/projects/{projectId}/events"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `getHealth` (GET /health) receives, validated. */
export type GetHealthInput = Record<string, never>;

/** What `getHealth` may answer: one variant per documented status. */
export type GetHealthResult = {
    status: 200;
    body: paths["/health"]["get"]["responses"]["200"]["content"]["application/json"];
} | {
    status: 429;
    body: paths["/health"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/health"]["get"]["responses"]["500"]["content"]["application/problem+json"];
};

/** What `getReadiness` (GET /ready) receives, validated. */
export type GetReadinessInput = Record<string, never>;

/** What `getReadiness` may answer: one variant per documented status. */
export type GetReadinessResult = {
    status: 200;
    body: paths["/ready"]["get"]["responses"]["200"]["content"]["application/json"];
} | {
    status: 429;
    body: paths["/ready"]["get"]["responses"]["429"]["content"]["application/problem+json"];
    headers: {
        "Retry-After": number;
    };
} | {
    status: 500;
    body: paths["/ready"]["get"]["responses"]["500"]["content"]["application/problem+json"];
} | {
    status: 503;
    body: paths["/ready"]["get"]["responses"]["503"]["content"]["application/problem+json"];
};

/** The `auth` operations. `TAuth` is what the app's security checks return. */
export interface AuthHandlers<TAuth = unknown> {
    /**
     * Sign in
     *
     * `POST /auth/login`
     */
    login(input: LoginInput, context: PublicContext): Promise<LoginResult>;
    /**
     * Sign out
     *
     * `POST /auth/logout`
     */
    logout(input: LogoutInput, context: PublicContext): Promise<LogoutResult>;
    /**
     * Get the signed-in user
     *
     * `GET /auth/me`
     */
    getCurrentUser(input: GetCurrentUserInput, context: SecuredContext<TAuth>): Promise<GetCurrentUserResult>;
    /**
     * Renew the access token
     *
     * `POST /auth/refresh`
     */
    refreshSession(input: RefreshSessionInput, context: PublicContext): Promise<RefreshSessionResult>;
    /**
     * Create an account
     *
     * `POST /auth/register`
     */
    register(input: RegisterInput, context: PublicContext): Promise<RegisterResult>;
}

/** The `projects` operations. `TAuth` is what the app's security checks return. */
export interface ProjectsHandlers<TAuth = unknown> {
    /**
     * List my projects
     *
     * `GET /projects`
     */
    listProjects(input: ListProjectsInput, context: SecuredContext<TAuth>): Promise<ListProjectsResult>;
    /**
     * Create a project
     *
     * `POST /projects`
     */
    createProject(input: CreateProjectInput, context: SecuredContext<TAuth>): Promise<CreateProjectResult>;
    /**
     * Get a project
     *
     * `GET /projects/{projectId}`
     */
    getProject(input: GetProjectInput, context: SecuredContext<TAuth>): Promise<GetProjectResult>;
    /**
     * Delete a project
     *
     * `DELETE /projects/{projectId}`
     */
    deleteProject(input: DeleteProjectInput, context: SecuredContext<TAuth>): Promise<DeleteProjectResult>;
    /**
     * Update a project
     *
     * `PATCH /projects/{projectId}`
     */
    updateProject(input: UpdateProjectInput, context: SecuredContext<TAuth>): Promise<UpdateProjectResult>;
}

/** The `members` operations. `TAuth` is what the app's security checks return. */
export interface MembersHandlers<TAuth = unknown> {
    /**
     * List a project's members
     *
     * `GET /projects/{projectId}/members`
     */
    listProjectMembers(input: ListProjectMembersInput, context: SecuredContext<TAuth>): Promise<ListProjectMembersResult>;
    /**
     * Add a member
     *
     * `POST /projects/{projectId}/members`
     */
    addProjectMember(input: AddProjectMemberInput, context: SecuredContext<TAuth>): Promise<AddProjectMemberResult>;
    /**
     * Remove a member
     *
     * `DELETE /projects/{projectId}/members/{userId}`
     */
    removeProjectMember(input: RemoveProjectMemberInput, context: SecuredContext<TAuth>): Promise<RemoveProjectMemberResult>;
}

/** The `tasks` operations. `TAuth` is what the app's security checks return. */
export interface TasksHandlers<TAuth = unknown> {
    /**
     * List a project's tasks
     *
     * `GET /projects/{projectId}/tasks`
     */
    listTasks(input: ListTasksInput, context: SecuredContext<TAuth>): Promise<ListTasksResult>;
    /**
     * Create a task
     *
     * `POST /projects/{projectId}/tasks`
     */
    createTask(input: CreateTaskInput, context: SecuredContext<TAuth>): Promise<CreateTaskResult>;
    /**
     * Get a task
     *
     * `GET /projects/{projectId}/tasks/{taskId}`
     */
    getTask(input: GetTaskInput, context: SecuredContext<TAuth>): Promise<GetTaskResult>;
    /**
     * Delete a task
     *
     * `DELETE /projects/{projectId}/tasks/{taskId}`
     */
    deleteTask(input: DeleteTaskInput, context: SecuredContext<TAuth>): Promise<DeleteTaskResult>;
    /**
     * Update a task
     *
     * `PATCH /projects/{projectId}/tasks/{taskId}`
     */
    updateTask(input: UpdateTaskInput, context: SecuredContext<TAuth>): Promise<UpdateTaskResult>;
}

/** The `comments` operations. `TAuth` is what the app's security checks return. */
export interface CommentsHandlers<TAuth = unknown> {
    /**
     * List a task's comments
     *
     * `GET /projects/{projectId}/tasks/{taskId}/comments`
     */
    listComments(input: ListCommentsInput, context: SecuredContext<TAuth>): Promise<ListCommentsResult>;
    /**
     * Comment on a task
     *
     * `POST /projects/{projectId}/tasks/{taskId}/comments`
     */
    createComment(input: CreateCommentInput, context: SecuredContext<TAuth>): Promise<CreateCommentResult>;
    /**
     * Get a comment
     *
     * `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}`
     */
    getComment(input: GetCommentInput, context: SecuredContext<TAuth>): Promise<GetCommentResult>;
}

/** The `activity` operations. `TAuth` is what the app's security checks return. */
export interface ActivityHandlers<TAuth = unknown> {
    /**
     * List a task's activity
     *
     * `GET /projects/{projectId}/tasks/{taskId}/activity`
     */
    listTaskActivity(input: ListTaskActivityInput, context: SecuredContext<TAuth>): Promise<ListTaskActivityResult>;
}

/** The `attachments` operations. `TAuth` is what the app's security checks return. */
export interface AttachmentsHandlers<TAuth = unknown> {
    /**
     * List a task's attachments
     *
     * `GET /projects/{projectId}/tasks/{taskId}/attachments`
     */
    listAttachments(input: ListAttachmentsInput, context: SecuredContext<TAuth>): Promise<ListAttachmentsResult>;
    /**
     * Attach a file to a task
     *
     * `POST /projects/{projectId}/tasks/{taskId}/attachments`
     */
    uploadAttachment(input: UploadAttachmentInput, context: SecuredContext<TAuth>): Promise<UploadAttachmentResult>;
    /**
     * Delete an attachment
     *
     * `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}`
     */
    deleteAttachment(input: DeleteAttachmentInput, context: SecuredContext<TAuth>): Promise<DeleteAttachmentResult>;
    /**
     * Download an attachment
     *
     * `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content`
     */
    downloadAttachment(input: DownloadAttachmentInput, context: SecuredContext<TAuth>): Promise<DownloadAttachmentResult>;
}

/** The `events` operations. `TAuth` is what the app's security checks return. */
export interface EventsHandlers<TAuth = unknown> {
    /**
     * Follow a project's changes live
     *
     * `GET /projects/{projectId}/events`
     */
    streamProjectEvents(input: StreamProjectEventsInput, context: SecuredContext<TAuth>): Promise<StreamProjectEventsResult>;
}

/** The `health` operations. `TAuth` is what the app's security checks return. */
export interface HealthHandlers<TAuth = unknown> {
    /**
     * Liveness probe
     *
     * `GET /health`
     */
    getHealth(input: GetHealthInput, context: PublicContext): Promise<GetHealthResult>;
    /**
     * Readiness probe
     *
     * `GET /ready`
     */
    getReadiness(input: GetReadinessInput, context: PublicContext): Promise<GetReadinessResult>;
}

/** Every operation of the API, grouped by first tag; `createRouter` needs all of them. */
export interface Handlers<TAuth = unknown> {
    auth: AuthHandlers<TAuth>;
    projects: ProjectsHandlers<TAuth>;
    members: MembersHandlers<TAuth>;
    tasks: TasksHandlers<TAuth>;
    comments: CommentsHandlers<TAuth>;
    activity: ActivityHandlers<TAuth>;
    attachments: AttachmentsHandlers<TAuth>;
    events: EventsHandlers<TAuth>;
    health: HealthHandlers<TAuth>;
}
