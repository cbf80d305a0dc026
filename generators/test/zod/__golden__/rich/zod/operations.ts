// @ts-nocheck: checked when generated; set `typeCheck: true` to check here too.
import { z as zod_ } from "zod";

import * as schemas from "./schemas.js";

/**
 * GET /events
 */
export const streamEvents = {
    responses: {
        "200": {
            /**
             * A stream of server-sent events: the body is text, events are not validated one by one.
             */
            "text/event-stream": zod_.string()
        }
    }
} as const;

/**
 * List items
 *
 * Descriptions may contain *\/ and must not end the comment.
 * GET /items
 */
export const listItems = {
    request: {
        query: zod_.object({
            limit: zod_.preprocess(value => (typeof value === "string" && /^-?(?:0|[1-9][0-9]*)$/.test(value) ? Number(value) : value), zod_.int().gte(1).lte(100)).default(20),
            tags: zod_.preprocess(value => (typeof value === "string" ? value.split(",") : value), zod_.array(zod_.string()).max(5)).optional(),
            ids: zod_.preprocess(value => (typeof value === "string" ? [value] : value), zod_.array(zod_.preprocess(value => (typeof value === "string" && /^-?(?:0|[1-9][0-9]*)$/.test(value) ? Number(value) : value), zod_.int()))).optional(),
            archived: zod_.preprocess(value => (value === "true" ? true : value === "false" ? false : value), zod_.boolean()).optional(),
            sort: schemas.SortOrder.optional()
        }),
        headers: zod_.object({
            "x-request-id": zod_.guid()
        }),
        cookies: zod_.object({
            /**
             * @deprecated
             */
            session: zod_.string().optional()
        })
    },
    responses: {
        "200": {
            "application/json": zod_.object({
                items: zod_.array(schemas.ItemResponse)
            })
        },
        default: {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * POST /items
 */
export const createItem = {
    request: {
        body: {
            "application/json": schemas.ItemRequest,
            "multipart/form-data": zod_.object({
                file: zod_.unknown().optional(),
                caption: zod_.string().optional()
            })
        }
    },
    responses: {
        "201": {
            "application/json": schemas.ItemResponse
        }
    }
} as const;

/**
 * GET /items/{itemId}
 * @deprecated
 */
export const getItem = {
    request: {
        path: zod_.object({
            itemId: zod_.preprocess(value => (typeof value === "string" && /^-?(?:0|[1-9][0-9]*)$/.test(value) ? Number(value) : value), zod_.int())
        })
    },
    responses: {
        "200": {
            "application/json": schemas.ItemResponse
        },
        "404": {}
    }
} as const;

/**
 * An operation whose name is the zod import's.
 * DELETE /items/{itemId}
 */
export const z = {
    request: {
        path: zod_.object({
            itemId: zod_.preprocess(value => (typeof value === "string" && /^-?(?:0|[1-9][0-9]*)$/.test(value) ? Number(value) : value), zod_.int())
        })
    },
    responses: {
        "204": {}
    }
} as const;

/**
 * GET /items/{itemId}/file/{parts}
 */
export const downloadItemFile = {
    request: {
        path: zod_.object({
            itemId: zod_.preprocess(value => (typeof value === "string" && /^-?(?:0|[1-9][0-9]*)$/.test(value) ? Number(value) : value), zod_.int()),
            parts: zod_.preprocess(value => (typeof value === "string" ? value.split(",") : value), zod_.array(zod_.string()))
        })
    },
    responses: {
        "200": {
            /**
             * Binary payload: the bytes are passed through, not validated.
             */
            "application/octet-stream": zod_.unknown(),
            /**
             * No schema is given for this media type.
             */
            "text/plain": zod_.unknown()
        }
    }
} as const;

/**
 * PUT /items/{itemId}/upload
 */
export const uploadItemFile = {
    request: {
        path: zod_.object({
            itemId: zod_.preprocess(value => (typeof value === "string" && /^-?(?:0|[1-9][0-9]*)$/.test(value) ? Number(value) : value), zod_.int())
        }),
        body: {
            /**
             * Binary payload: the bytes are passed through, not validated.
             */
            "application/octet-stream": zod_.unknown().optional()
        }
    },
    responses: {
        "204": {}
    }
} as const;

/**
 * Per operation, each request part as its schema parses it (`z.output` of the part), written out so that code typed by it needs no inference from the schemas.
 */
export interface RequestOutputs {
    listItems: {
        query: {
            limit: number;
            tags?: Array<string>;
            ids?: Array<number>;
            archived?: boolean;
            sort?: schemas.SortOrder;
        };
        headers: {
            "x-request-id": string;
        };
        cookies: {
            session?: string;
        };
    };
    createItem: {
        body: {
            "application/json": schemas.ItemRequest;
            "multipart/form-data": {
                file?: unknown;
                caption?: string;
            };
        };
    };
    getItem: {
        path: {
            itemId: number;
        };
    };
    z: {
        path: {
            itemId: number;
        };
    };
    downloadItemFile: {
        path: {
            itemId: number;
            parts: Array<string>;
        };
    };
    uploadItemFile: {
        path: {
            itemId: number;
        };
        body: {
            "application/octet-stream": unknown | undefined;
        };
    };
}
