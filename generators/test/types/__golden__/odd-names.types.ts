export interface paths {
    "/items/{item-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "item-id": string;
            };
            cookie?: never;
        };
        get: operations["get-item"];
        put: operations["createTask"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/no-operation-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id?: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        item: {
            id: string;
            kind?: string;
        };
        class: {
            title?: string;
        };
        CreateTaskBody: {
            title?: string;
        };
        "2fa-settings": boolean;
        Item: string;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "get-item": {
        parameters: {
            query?: {
                "fields[]"?: string[];
            };
            header?: {
                "x-rate-limit"?: number;
            };
            path: {
                "item-id": string;
            };
            cookie?: {
                session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["item"];
                    "text/plain": string;
                };
            };
            /** @description client error */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["class"];
                };
            };
            /** @description anything else */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "item-id": string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateTaskBody"];
            };
        };
        responses: {
            /** @description stored */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

/** The body type of a request body or response: the union over its media types. */
type $ContentOf<T> = T extends {
    content: infer C;
} ? C[keyof C] : never;
/** Component schema `2fa-settings`. */
export type _2faSettings = components['schemas']['2fa-settings'];
/** Component schema `CreateTaskBody`. */
export type CreateTaskBody = components['schemas']['CreateTaskBody'];
/** Component schema `Item`. */
export type Item = components['schemas']['Item'];
/** Component schema `class`. */
export type Class = components['schemas']['class'];
/** Component schema `item`. */
export type Item2 = components['schemas']['item'];
/** Path parameters of `GET /items/{item-id}` (get-item). */
export type GetItemPathParams = NonNullable<paths['/items/{item-id}']['get']['parameters']['path']>;
/** Query parameters of `GET /items/{item-id}` (get-item). */
export type GetItemQuery = NonNullable<paths['/items/{item-id}']['get']['parameters']['query']>;
/** Header parameters of `GET /items/{item-id}` (get-item). */
export type GetItemHeaders = NonNullable<paths['/items/{item-id}']['get']['parameters']['header']>;
/** Cookie parameters of `GET /items/{item-id}` (get-item). */
export type GetItemCookies = NonNullable<paths['/items/{item-id}']['get']['parameters']['cookie']>;
/** Response `200` body of `GET /items/{item-id}` (get-item). */
export type GetItemResponse200 = $ContentOf<paths['/items/{item-id}']['get']['responses']['200']>;
/** Response `4XX` body of `GET /items/{item-id}` (get-item). */
export type GetItemResponse4XX = $ContentOf<paths['/items/{item-id}']['get']['responses']['4XX']>;
/** Response `default` body of `GET /items/{item-id}` (get-item). */
export type GetItemResponseDefault = $ContentOf<paths['/items/{item-id}']['get']['responses']['default']>;
/** Path parameters of `PUT /items/{item-id}` (createTask). */
export type CreateTaskPathParams = NonNullable<paths['/items/{item-id}']['put']['parameters']['path']>;
/** Request body of `PUT /items/{item-id}` (createTask). */
export type CreateTaskBody2 = $ContentOf<paths['/items/{item-id}']['put']['requestBody']>;
/** Request body of `POST /no-operation-id` (postNoOperationId). */
export type PostNoOperationIdBody = $ContentOf<paths['/no-operation-id']['post']['requestBody']>;
/** Response `201` body of `POST /no-operation-id` (postNoOperationId). */
export type PostNoOperationIdResponse201 = $ContentOf<paths['/no-operation-id']['post']['responses']['201']>;
