// @ts-nocheck: checked when generated; set `typeCheck: true` to check here too.
import { z } from "zod";

import * as jsonSchema from "./json-schema.js";

export const Circle = z.object({
    shape: z.literal("circle"),
    radius: z.number().gt(0)
});

export type Circle = {
    shape: "circle";
    radius: number;
};

export const Closed = z.strictObject({
    a: z.int().optional()
});

export type Closed = {
    a?: number;
};

export const Either = z.union([z.string(), z.number()]).nullable();

export type Either = string | number | null;

export const User = z.object({
    id: z.guid(),
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }),
    password: z.string().optional(),
    website: z.url().optional(),
    joined: z.iso.datetime({ offset: true }).optional(),
    birthday: z.iso.date().optional()
});

export type User = {
    id: string;
    email: string;
    password?: string;
    website?: string;
    joined?: string;
    birthday?: string;
};

/**
 * A reference cycle through a discriminated union (Folder -> Entry -> File -> Folder).
 */
export const Entry = jsonSchema.refined(z.union([z.lazy((): z.core.$ZodType<File> => File), z.lazy((): z.core.$ZodType<Folder> => Folder)]), [[jsonSchema.exactlyOne([z.lazy((): z.core.$ZodType<File> => File), z.lazy((): z.core.$ZodType<Folder> => Folder)]), "Must match exactly one schema in `oneOf`"]]);

export type Entry = File | Folder;

export const File = z.object({
    kind: z.literal("file"),
    size: z.int().gte(0),
    parent: z.lazy((): z.core.$ZodType<Folder> => Folder).optional()
});

export type File = {
    kind: "file";
    size: number;
    parent?: Folder;
};

export const Folder = z.object({
    kind: z.literal("folder"),
    entries: z.array(z.lazy((): z.core.$ZodType<Entry> => Entry)),
    createdBy: User.optional()
});

export type Folder = {
    kind: "folder";
    entries: Array<Entry>;
    createdBy?: User;
};

/**
 * Request form: readOnly properties left out, defaults applied.
 */
export const UserRequest2 = z.object({
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }),
    password: z.string().optional(),
    website: z.url().optional(),
    joined: z.iso.datetime({ offset: true }).optional(),
    birthday: z.iso.date().optional()
});

export type UserRequest2 = {
    email: string;
    password?: string;
    website?: string;
    joined?: string;
    birthday?: string;
};

/**
 * A reference cycle through a discriminated union (Folder -> Entry -> File -> Folder).
 * Request form: readOnly properties left out, defaults applied.
 */
export const EntryRequest = jsonSchema.refined(z.union([z.lazy((): z.core.$ZodType<FileRequest> => FileRequest), z.lazy((): z.core.$ZodType<FolderRequest> => FolderRequest)]), [[jsonSchema.exactlyOne([z.lazy((): z.core.$ZodType<FileRequest> => FileRequest), z.lazy((): z.core.$ZodType<FolderRequest> => FolderRequest)]), "Must match exactly one schema in `oneOf`"]]);

export type EntryRequest = FileRequest | FolderRequest;

/**
 * Request form: readOnly properties left out, defaults applied.
 */
export const FileRequest = z.object({
    kind: z.literal("file"),
    size: z.int().gte(0),
    parent: z.lazy((): z.core.$ZodType<FolderRequest> => FolderRequest).optional()
});

export type FileRequest = {
    kind: "file";
    size: number;
    parent?: FolderRequest;
};

/**
 * Request form: readOnly properties left out, defaults applied.
 */
export const FolderRequest = z.object({
    kind: z.literal("folder"),
    entries: z.array(z.lazy((): z.core.$ZodType<EntryRequest> => EntryRequest)),
    createdBy: UserRequest2.optional()
});

export type FolderRequest = {
    kind: "folder";
    entries: Array<EntryRequest>;
    createdBy?: UserRequest2;
};

/**
 * Response form: writeOnly properties left out.
 */
export const UserResponse = z.object({
    id: z.guid(),
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }),
    website: z.url().optional(),
    joined: z.iso.datetime({ offset: true }).optional(),
    birthday: z.iso.date().optional()
});

export type UserResponse = {
    id: string;
    email: string;
    website?: string;
    joined?: string;
    birthday?: string;
};

/**
 * A reference cycle through a discriminated union (Folder -> Entry -> File -> Folder).
 * Response form: writeOnly properties left out.
 */
export const EntryResponse = jsonSchema.refined(z.union([z.lazy((): z.core.$ZodType<FileResponse> => FileResponse), z.lazy((): z.core.$ZodType<FolderResponse> => FolderResponse)]), [[jsonSchema.exactlyOne([z.lazy((): z.core.$ZodType<FileResponse> => FileResponse), z.lazy((): z.core.$ZodType<FolderResponse> => FolderResponse)]), "Must match exactly one schema in `oneOf`"]]);

export type EntryResponse = FileResponse | FolderResponse;

/**
 * Response form: writeOnly properties left out.
 */
export const FileResponse = z.object({
    kind: z.literal("file"),
    size: z.int().gte(0),
    parent: z.lazy((): z.core.$ZodType<FolderResponse> => FolderResponse).optional()
});

export type FileResponse = {
    kind: "file";
    size: number;
    parent?: FolderResponse;
};

/**
 * Response form: writeOnly properties left out.
 */
export const FolderResponse = z.object({
    kind: z.literal("folder"),
    entries: z.array(z.lazy((): z.core.$ZodType<EntryResponse> => EntryResponse)),
    createdBy: UserResponse.optional()
});

export type FolderResponse = {
    kind: "folder";
    entries: Array<EntryResponse>;
    createdBy?: UserResponse;
};

export const Fixed = z.literal(42);

export type Fixed = 42;

/**
 * An item. Its `id` is assigned by the server; `secret` is never returned.
 */
export const Item = z.object({
    "200": z.string().optional(),
    id: z.int(),
    name: z.string().min(1).max(80),
    secret: z.string().min(8),
    status: z.enum(["draft", "published"]).optional(),
    owner: User.optional(),
    tags: z.array(z.string()).refine(jsonSchema.uniqueItems, { message: "Items must be unique" }).optional(),
    "x-rate-limit": z.int().optional(),
    "*/*": z.boolean().optional(),
    "\u00FCn\u00EFcode": z.string().optional(),
    /**
     * Old field; ends with *\/ on purpose.
     * @deprecated
     */
    legacy: z.string().optional(),
    note: z.string().nullable().optional()
});

export type Item = {
    "200"?: string;
    id: number;
    name: string;
    secret: string;
    status?: "draft" | "published";
    owner?: User;
    tags?: Array<string>;
    "x-rate-limit"?: number;
    "*/*"?: boolean;
    "\u00FCn\u00EFcode"?: string;
    legacy?: string;
    note?: string | null;
};

/**
 * An item. Its `id` is assigned by the server; `secret` is never returned.
 * Request form: readOnly properties left out, defaults applied.
 */
export const ItemRequest = z.object({
    "200": z.string().optional(),
    name: z.string().min(1).max(80),
    secret: z.string().min(8),
    status: z.enum(["draft", "published"]).default("draft"),
    owner: UserRequest2.optional(),
    tags: z.array(z.string()).refine(jsonSchema.uniqueItems, { message: "Items must be unique" }).optional(),
    "x-rate-limit": z.int().optional(),
    "*/*": z.boolean().optional(),
    "\u00FCn\u00EFcode": z.string().optional(),
    /**
     * Old field; ends with *\/ on purpose.
     * @deprecated
     */
    legacy: z.string().optional(),
    note: z.string().nullable().optional()
});

export type ItemRequest = {
    "200"?: string;
    name: string;
    secret: string;
    status: "draft" | "published";
    owner?: UserRequest2;
    tags?: Array<string>;
    "x-rate-limit"?: number;
    "*/*"?: boolean;
    "\u00FCn\u00EFcode"?: string;
    legacy?: string;
    note?: string | null;
};

/**
 * An item. Its `id` is assigned by the server; `secret` is never returned.
 * Response form: writeOnly properties left out.
 */
export const ItemResponse = z.object({
    "200": z.string().optional(),
    id: z.int(),
    name: z.string().min(1).max(80),
    status: z.enum(["draft", "published"]).optional(),
    owner: UserResponse.optional(),
    tags: z.array(z.string()).refine(jsonSchema.uniqueItems, { message: "Items must be unique" }).optional(),
    "x-rate-limit": z.int().optional(),
    "*/*": z.boolean().optional(),
    "\u00FCn\u00EFcode": z.string().optional(),
    /**
     * Old field; ends with *\/ on purpose.
     * @deprecated
     */
    legacy: z.string().optional(),
    note: z.string().nullable().optional()
});

export type ItemResponse = {
    "200"?: string;
    id: number;
    name: string;
    status?: "draft" | "published";
    owner?: UserResponse;
    tags?: Array<string>;
    "x-rate-limit"?: number;
    "*/*"?: boolean;
    "\u00FCn\u00EFcode"?: string;
    legacy?: string;
    note?: string | null;
};

export const Labels = z.record(z.string(), z.string().max(10));

export type Labels = {
    [key: string]: string;
};

export const Mixed = z.literal([1, "two", true]).nullable();

export type Mixed = 1 | "two" | true | null;

export const Named = z.object({
    shape: z.literal("circle"),
    radius: z.number().gt(0),
    name: z.string()
});

export type Named = {
    shape: "circle";
    radius: number;
    name: string;
};

export const Network = z.object({
    v4: z.ipv4().optional(),
    v6: z.ipv6().optional(),
    host: z.hostname().optional(),
    blob: z.base64().optional()
});

export type Network = {
    v4?: string;
    v6?: string;
    host?: string;
    blob?: string;
};

export const NotString = jsonSchema.refined(z.unknown(), [[jsonSchema.notMatching(z.string()), "Must not match the schema under `not`"]]);

export type NotString = unknown;

export const Patterned = jsonSchema.refined(z.looseObject({}), [[jsonSchema.patternProperties([[new RegExp("^x-", "u"), z.string()]], [], undefined), "A property does not match the schema for its name"]]);

export type Patterned = {} & {
    [key: string]: unknown;
};

export const Problem = z.looseObject({
    type: z.url(),
    title: z.string(),
    status: z.int().gte(100).lte(599),
    detail: z.string().optional()
});

export type Problem = {
    type: string;
    title: string;
    status: number;
    detail?: string;
} & {
    [key: string]: unknown;
};

export const Square = z.object({
    shape: z.literal("square"),
    side: z.number().multipleOf(0.5)
});

export type Square = {
    shape: "square";
    side: number;
};

export const Shape = z.discriminatedUnion("shape", [Circle, Square]);

export type Shape = Circle | Square;

export const SortOrder = z.enum(["asc", "desc"]);

export type SortOrder = "asc" | "desc";

/**
 * A recursive schema.
 */
export const TreeNode = z.object({
    label: z.string(),
    children: z.array(z.lazy((): z.core.$ZodType<TreeNode> => TreeNode)).optional()
});

export type TreeNode = {
    label: string;
    children?: Array<TreeNode>;
};

/**
 * A component whose name a generated variant would otherwise take.
 */
export const UserRequest = z.object({
    email: z.string().optional()
});

export type UserRequest = {
    email?: string;
};
