// @ts-nocheck: checked when generated; set `typeCheck: true` to check here too.
export * as schemas from "./schemas.js";

export * as operations from "./operations.js";
